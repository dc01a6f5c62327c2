import { notFound } from "next/navigation";

/** Any unknown path under a language renders that language's 404 page (status 404). */
export default function UnknownPage(): never {
  notFound();
}
