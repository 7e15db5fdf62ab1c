package org.dossier.extract.dictionaries;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dictionaries of PETRARCH (the Phoenix actor, agent and CAMEO verb files) in their own text format:
 * words joined by underscores, synonyms on "+" lines, codes in brackets with optional validity dates, and
 * "#" or "&lt;!-- --&gt;" comments. Dossier converts them once to its own format ({@link DossierFormat}); this
 * reader is the converter's front half, and lets the evaluation load PETRARCH's validation dictionaries as they
 * are.
 */
public final class PetrarchFormat {

    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern FORMS = Pattern.compile("\\{([^}]*)\\}");
    private static final Pattern XML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern MACRO_DEFINITION = Pattern.compile("^(![A-Z]+!)\\s*=\\s*(.+)$");
    private static final Pattern BLOCK = Pattern.compile("^---\\s+(\\S+)\\s+\\[([^\\]]*)\\]\\s+---");

    private PetrarchFormat() {}

    // ---- actors ----

    /** The entries of an actor file (countries, international, non-state): one per phrase and code. */
    public static List<ActorEntry> readActors(BufferedReader in) throws IOException {
        List<ActorEntry> entries = new ArrayList<>();
        List<List<String>> phrases = new ArrayList<>();
        List<String[]> codes = new ArrayList<>();
        String name = null;
        for (String line : lines(in)) {
            String content = stripComment(line);
            if (content.isBlank()) {
                continue;
            }
            boolean indented = Character.isWhitespace(content.charAt(0));
            String trimmed = content.strip();
            if (trimmed.startsWith("+")) {
                addPhrase(phrases, trimmed.substring(1));
                codes.addAll(codesIn(trimmed));
            } else if (indented && trimmed.startsWith("[")) {
                codes.addAll(codesIn(trimmed));
            } else {
                flushActor(entries, name, phrases, codes);
                phrases = new ArrayList<>();
                codes = new ArrayList<>();
                String phrase = beforeBracket(trimmed);
                name = displayName(phrase);
                addPhrase(phrases, phrase);
                codes.addAll(codesIn(trimmed));
            }
        }
        flushActor(entries, name, phrases, codes);
        return entries;
    }

    private static void flushActor(List<ActorEntry> into, String name, List<List<String>> phrases,
            List<String[]> codes) {
        if (name == null || codes.isEmpty()) {
            return;
        }
        for (List<String> words : phrases) {
            if (words.isEmpty()) {
                continue;
            }
            for (String[] code : codes) {
                LocalDate[] validity = validity(code.length > 1 ? code[1] : "");
                into.add(new ActorEntry(words, code[0], validity[0], validity[1], name));
            }
        }
    }

    /** "SYRGOV", "060301-100531" → the code and its period: {@code >d} from d, {@code <d} until d, {@code a-b}. */
    private static List<String[]> codesIn(String line) {
        List<String[]> codes = new ArrayList<>();
        Matcher m = CODE.matcher(line);
        while (m.find()) {
            String[] parts = m.group(1).strip().split("\\s+", 2);
            if (!parts[0].isEmpty() && !parts[0].startsWith("~")) {
                codes.add(new String[] {parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1] : ""});
            }
        }
        return codes;
    }

    static LocalDate[] validity(String restriction) {
        String r = restriction.strip();
        if (r.isEmpty()) {
            return new LocalDate[] {null, null};
        }
        if (r.startsWith(">")) {
            return new LocalDate[] {day(r.substring(1)), null};
        }
        if (r.startsWith("<")) {
            return new LocalDate[] {null, day(r.substring(1))};
        }
        int dash = r.indexOf('-');
        if (dash > 0) {
            return new LocalDate[] {day(r.substring(0, dash)), day(r.substring(dash + 1))};
        }
        return new LocalDate[] {null, null};
    }

    /** YYMMDD (years from 30 are 19xx) or YYYYMMDD; null when unreadable. */
    static LocalDate day(String digits) {
        String d = digits.strip();
        try {
            if (d.length() == 6) {
                int yy = Integer.parseInt(d.substring(0, 2));
                return LocalDate.of(yy >= 30 ? 1900 + yy : 2000 + yy, Integer.parseInt(d.substring(2, 4)),
                        Integer.parseInt(d.substring(4, 6)));
            }
            if (d.length() == 8) {
                return LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)),
                        Integer.parseInt(d.substring(6, 8)));
            }
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
        return null;
    }

    // ---- agents ----

    /** The entries of an agent file, each singular and plural form its own entry. */
    public static List<AgentEntry> readAgents(BufferedReader in) throws IOException {
        Map<String, List<String>> macros = new LinkedHashMap<>();
        List<AgentEntry> entries = new ArrayList<>();
        for (String line : lines(in)) {
            String content = stripComment(line).strip();
            if (content.isEmpty()) {
                continue;
            }
            Matcher macro = MACRO_DEFINITION.matcher(content);
            if (macro.matches()) {
                macros.put(macro.group(1), Arrays.stream(macro.group(2).split(",")).map(String::strip).toList());
                continue;
            }
            Matcher code = CODE.matcher(content);
            if (!code.find()) {
                continue;
            }
            String agentCode = code.group(1).strip().replace("~", "").toUpperCase(Locale.ROOT);
            if (agentCode.isEmpty()) {
                continue;
            }
            String beforeCode = content.substring(0, code.start());
            Matcher forms = FORMS.matcher(beforeCode);
            String phrase = forms.find() ? beforeCode.substring(0, forms.start()) : beforeCode;
            String plurals = forms.reset().find() ? forms.group(1) : null;
            for (String expanded : expandMacros(phrase.strip(), macros)) {
                List<String> words = words(expanded);
                if (words.isEmpty()) {
                    continue;
                }
                entries.add(new AgentEntry(words, agentCode));
                for (List<String> plural : plurals(words, plurals)) {
                    entries.add(new AgentEntry(plural, agentCode));
                }
            }
        }
        return entries;
    }

    private static List<String> expandMacros(String phrase, Map<String, List<String>> macros) {
        for (Map.Entry<String, List<String>> macro : macros.entrySet()) {
            int at = phrase.indexOf(macro.getKey());
            if (at >= 0) {
                List<String> out = new ArrayList<>();
                for (String value : macro.getValue()) {
                    out.addAll(expandMacros(phrase.substring(0, at) + value
                            + phrase.substring(at + macro.getKey().length()), macros));
                }
                return out;
            }
        }
        return phrase.contains("!") ? List.of() : List.of(phrase);
    }

    /** Explicit forms in braces ("{}" for none), else the regular English plural of the last word. */
    private static List<List<String>> plurals(List<String> words, String explicit) {
        if (explicit != null) {
            List<List<String>> out = new ArrayList<>();
            for (String form : explicit.strip().split("\\s+")) {
                List<String> formWords = words(form);
                if (!formWords.isEmpty()) {
                    out.add(formWords);
                }
            }
            return out;
        }
        List<String> plural = new ArrayList<>(words);
        plural.set(plural.size() - 1, regularPlural(words.get(words.size() - 1)));
        return List.of(plural);
    }

    static String regularPlural(String word) {
        if (word.endsWith("s") || word.endsWith("x") || word.endsWith("z") || word.endsWith("ch")
                || word.endsWith("sh")) {
            return word + "es";
        }
        if (word.endsWith("y") && word.length() > 1 && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        if (word.endsWith("man")) {
            return word.substring(0, word.length() - 3) + "men";
        }
        return word + "s";
    }

    // ---- verbs ----

    /** The CAMEO verb dictionary: blocks of verbs, their patterns, and the synonym sets. */
    public static VerbEntries readVerbs(BufferedReader in) throws IOException {
        List<VerbEntries.Verb> verbs = new ArrayList<>();
        List<VerbEntries.Pattern> patterns = new ArrayList<>();
        Map<String, Set<String>> synsets = new LinkedHashMap<>();
        String block = null;
        String blockCode = VerbEntries.NO_EVENT;
        String synset = null;
        for (String line : lines(in)) {
            Matcher header = BLOCK.matcher(line.strip());
            if (header.find()) {
                block = header.group(1);
                blockCode = eventCode(header.group(2));
                synset = null;
                continue;
            }
            String content = stripComment(line).strip();
            if (content.isEmpty() || content.startsWith("~")) {
                continue;
            }
            if (content.startsWith("&")) {
                block = null; // a synonym set interrupts the verb blocks
                synset = content.split("\\s+")[0].toLowerCase(Locale.ROOT);
                synsets.putIfAbsent(synset, new LinkedHashSet<>());
                continue;
            }
            if (content.startsWith("+") && block == null && synset != null) {
                String member = String.join(" ", words(FORMS.matcher(content.substring(1)).replaceAll("")));
                if (!member.isEmpty()) {
                    synsets.get(synset).add(member);
                }
                continue;
            }
            if (block == null) {
                continue;
            }
            if (content.startsWith("-")) {
                Matcher code = CODE.matcher(content);
                if (code.find()) {
                    VerbEntries.Pattern pattern = pattern(block, content.substring(1, code.start()),
                            eventCode(code.group(1)));
                    if (pattern != null) {
                        patterns.add(pattern);
                    }
                }
                continue;
            }
            String verbText = content.startsWith("+") ? content.substring(1) : content;
            Matcher code = CODE.matcher(verbText);
            String verbCode = code.find() ? eventCode(code.group(1)) : blockCode;
            String phrase = beforeBracket(FORMS.matcher(verbText).replaceAll(""));
            List<String> words = words(phrase);
            if (!words.isEmpty()) {
                verbs.add(new VerbEntries.Verb(block, String.join(" ", words), verbCode));
            }
        }
        return new VerbEntries(verbs, patterns, synsets);
    }

    private static VerbEntries.Pattern pattern(String block, String text, String code) {
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        boolean seenVerb = false;
        for (String token : text.replace("(", " ").replace(")", " ").replace("{", " ").replace("}", " ")
                .replace("_", " ").strip().split("\\s+")) {
            if (token.equals("*")) {
                seenVerb = true;
            } else if (!token.isEmpty() && !"$+^%".contains(token) && !token.equals("/")) {
                String word = token.replaceAll("^[$+^%]+", "").toLowerCase(Locale.ROOT);
                if (!word.isEmpty()) {
                    (seenVerb ? after : before).add(word);
                }
            }
        }
        return seenVerb ? new VerbEntries.Pattern(block, before, after, code) : null;
    }

    /** "041:041" → "041"; ":020" → "020"; "---" and blanks → no event. */
    static String eventCode(String bracket) {
        for (String part : bracket.strip().split(":")) {
            String p = part.strip();
            if (p.matches("\\d{2,4}")) {
                return p;
            }
        }
        return VerbEntries.NO_EVENT;
    }

    // ---- shared ----

    private static List<String> lines(BufferedReader in) throws IOException {
        StringBuilder all = new StringBuilder();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            all.append(line).append('\n');
        }
        return Arrays.asList(XML_COMMENT.matcher(all).replaceAll("").split("\n"));
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash >= 0 ? line.substring(0, hash) : line;
    }

    private static String beforeBracket(String text) {
        int bracket = text.indexOf('[');
        return (bracket >= 0 ? text.substring(0, bracket) : text).strip();
    }

    private static void addPhrase(List<List<String>> phrases, String text) {
        List<String> words = words(beforeBracket(text));
        if (!words.isEmpty()) {
            phrases.add(words);
        }
    }

    /** "BASHAR_AL-ASSAD_" → [bashar, al-assad]. */
    static List<String> words(String phrase) {
        List<String> words = new ArrayList<>();
        for (String word : phrase.replace('_', ' ').strip().split("\\s+")) {
            if (!word.isEmpty()) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    private static String displayName(String phrase) {
        StringBuilder name = new StringBuilder();
        for (String word : words(phrase)) {
            if (!name.isEmpty()) {
                name.append(' ');
            }
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }
}
