import { Text, View } from "@react-pdf/renderer";
import type { TextProps } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator, type MessageKey, type Translate } from "@/lib/i18n/messages";
import { styles } from "./styles";

/**
 * The words of a document: `t` writes the official text (always Spanish, the authority's language);
 * `en` writes the short English help lines, present only when the person used the portal in English.
 */
export type Copy = { t: Translate; en: Translate | null };

const es = getTranslator("es");
const en = getTranslator("en");

/** Spanish for the record; English help only for people who filled the form in English. */
export function copyFor(locale: Locale): Copy {
  return { t: es, en: locale === "en" ? en : null };
}

/*
 * Why not React context: Next bundles route handlers for React Server Components, where `react` has
 * no createContext/useContext, so the documents could not be built there. React-PDF renders the
 * element tree synchronously (legacy root) inside `pdf(element)`, parents before children, and
 * nothing else runs in between; so the provider can hand the copy down through a module variable
 * set while it renders. Callbacks React-PDF calls later (page `layout`) close over the values read here.
 */
let current: Copy = { t: es, en: null };

export function CopyProvider({ copy, children }: { copy: Copy; children: ReactNode }) {
  // The React Compiler rule forbids this write; it is the documented exception above (no compiler here).
  // eslint-disable-next-line react-hooks/globals
  current = copy;
  return <>{children}</>;
}

/** The copy of the document being rendered (set by its CopyProvider). */
export function useCopy(): Copy {
  return current;
}

type Values = Record<string, string | number>;
/** The style prop of React-PDF text (a style or a list of styles). */
export type TextStyle = TextProps["style"];

type BiProps = {
  k: MessageKey;
  values?: Values;
  style?: TextStyle;
  helpStyle?: TextStyle;
  inline?: boolean;
  prefix?: string;
};

/**
 * A translated text in Spanish with, for English readers, its English help: on the same line after
 * a slash (`inline`, for labels: "Nombre(s) / Given name(s)") or on a smaller, lighter line below.
 */
export function Bi({ k, values, style, helpStyle, inline = false, prefix = "" }: BiProps) {
  const { t, en: help } = useCopy();
  const spanish = prefix + t(k, values);
  if (!help) return <Text style={style}>{spanish}</Text>;
  if (inline) {
    return (
      <Text style={style}>
        {spanish}
        <Text style={styles.helpInline}>{` / ${help(k, values)}`}</Text>
      </Text>
    );
  }
  return (
    <View>
      <Text style={style}>{spanish}</Text>
      <Text style={helpStyle ? [styles.help, helpStyle] : styles.help}>{prefix + help(k, values)}</Text>
    </View>
  );
}

/** An English help line under a heading; renders nothing for Spanish readers. */
export function Help({ k, values, text }: { k?: MessageKey; values?: Values; text?: string }) {
  const { en: help } = useCopy();
  if (!help) return null;
  const line = text ?? (k ? help(k, values) : "");
  return line ? <Text style={styles.help}>{line}</Text> : null;
}
