package fr.metropolerouen.guichetess.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text of the pages comes from the message bundles: a page template holds no words of its own, neither in its
 * text nor in the attributes people read (title, alt, placeholder, aria-label, value of a button). And every message
 * key a template names exists in the French bundles.
 */
class PageTemplateTextTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/web");

	private static final Path BUNDLES = Path.of("src/main/resources/messages");

	private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

	private static final List<String> READ_ATTRIBUTES = List.of("title", "alt", "placeholder", "aria-label",
			"aria-description", "value", "label");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.\\-]+)[}(]");

	@Test
	void templatesHaveNoTextOfTheirOwn() throws IOException {
		List<String> hardCoded = new ArrayList<>();
		for (Path template : templates()) {
			Document page = Jsoup.parse(Files.readString(template), "", Parser.xmlParser());
			for (Element element : page.getAllElements()) {
				boolean textFromExpression = element.hasAttr("th:text") || element.hasAttr("th:utext");
				for (TextNode text : element.textNodes()) {
					if (!textFromExpression && WORD.matcher(text.text().replaceAll("\\[\\[.*?]]", "")).find()) {
						hardCoded.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + "> " + text.text()
							.strip());
					}
				}
				for (Attribute attribute : element.attributes()) {
					if (READ_ATTRIBUTES.contains(attribute.getKey()) && WORD.matcher(attribute.getValue()).find()
							&& !element.hasAttr("th:" + attribute.getKey())
							&& !(element.tagName().equals("input") && attribute.getKey().equals("value")
									&& !"submit".equals(element.attr("type")))) {
						hardCoded.add(TEMPLATES.relativize(template) + ": <" + element.tagName() + " "
								+ attribute.getKey() + "=\"" + attribute.getValue() + "\">");
					}
				}
			}
		}
		assertThat(hardCoded).as("texts written in page templates instead of messages/*.properties").isEmpty();
	}

	@Test
	void everyMessageKeyOfTheTemplatesIsInTheFrenchBundles() throws IOException {
		Properties french = new Properties();
		try (Stream<Path> bundles = Files.list(BUNDLES)) {
			for (Path bundle : bundles.filter(file -> !file.getFileName().toString().contains("_")).toList()) {
				try (var reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
					french.load(reader);
				}
			}
		}
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher key = MESSAGE_KEY.matcher(Files.readString(template));
			while (key.find()) {
				if (!french.containsKey(key.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + key.group(1));
				}
			}
		}
		assertThat(templates()).isNotEmpty();
		assertThat(missing).as("message keys used in templates but missing from the French bundles").isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

}
