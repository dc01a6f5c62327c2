#!/bin/sh
# Prisma's native schema engine cannot be downloaded on this project's machines, and `prisma generate`
# never runs it. Anything that does (migrate, db push) should use our scripts instead.
echo "The native Prisma schema engine is not installed. Use: npm run db:migrate / npm run db:new-migration" >&2
exit 1
