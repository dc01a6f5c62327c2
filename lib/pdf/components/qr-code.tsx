import { Image, Text, View } from "@react-pdf/renderer";
import { Bi } from "./copy";
import { styles } from "./styles";

const center = { textAlign: "center" } as const;

/** A URL cut after its slashes into lines of at most `max` characters (React-PDF cannot break inside a word). */
export function urlLines(url: string, max = 30): string[] {
  const lines: string[] = [];
  for (const part of url.split(/(?<=\/)/)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + part.length <= max) lines[last] += part;
    else for (let i = 0; i < part.length; i += max) lines.push(part.slice(i, i + max));
  }
  return lines;
}

/** The QR code to the status page, its caption "Consulte el estado de su trámite" and the URL for those without a camera. */
export function StatusQrCode({ png, url }: { png: Buffer; url: string }) {
  return (
    <View style={{ width: 118, alignItems: "center" }}>
      <Image src={{ data: png, format: "png" }} style={{ width: 80, height: 80 }} />
      <Bi k="pdf.solicitud.qrCaption" style={[styles.small, styles.bold, center]} helpStyle={center} />
      {urlLines(url).map((line, i) => (
        <Text key={i} style={[styles.help, center, { fontSize: 6.5 }]}>
          {line}
        </Text>
      ))}
    </View>
  );
}
