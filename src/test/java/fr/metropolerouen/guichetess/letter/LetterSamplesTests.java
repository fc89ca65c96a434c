package fr.metropolerouen.guichetess.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;

import fr.metropolerouen.guichetess.shared.FileStore;
import fr.metropolerouen.guichetess.support.Pdfs;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tools to rerun by hand, skipped in the normal build (see docs/letters/README.md and docs/benchmarks.md):
 * <ul>
 * <li>{@code -Dletters.render=true}: the first page of every letter and of the minutes as a PNG in
 * {@code docs/letters/};</li>
 * <li>{@code -Dletters.benchmark=true}: how fast grant decisions render, on one thread then on two.</li>
 * </ul>
 */
class LetterSamplesTests {

	private static final Path FOLDER = Path.of("docs/letters");

	private static final float DPI = 100;

	private static final int WARM_UP = 50;

	private static final int MEASURED = 200;

	private final LetterRenderer renderer = new LetterRenderer(LetterRendererTests.properties(null));

	@Test
	@EnabledIfSystemProperty(named = "letters.render", matches = "true")
	void renderTheFirstPageOfEveryLetterAsAPicture() throws IOException {
		Map<String, byte[]> documents = new LinkedHashMap<>();
		for (LetterKind kind : LetterKind.values()) {
			documents.put(kind.template(), renderer.render(kind.template(), LetterRendererTests.model(kind)));
		}
		documents.put("committee-minutes", new PdfDocuments(renderer, LetterRendererTests.properties(null))
			.committeeMinutes(LetterRendererTests.minutesModel()));

		Files.createDirectories(FOLDER);
		for (Map.Entry<String, byte[]> document : documents.entrySet()) {
			Path png = FOLDER.resolve(document.getKey() + ".png");
			int width;
			try (PDDocument pdf = Loader.loadPDF(document.getValue())) {
				width = (int) (pdf.getPage(0).getMediaBox().getWidth() * DPI / 72);
				ImageIO.write(smaller(new PDFRenderer(pdf).renderImageWithDPI(0, DPI, ImageType.RGB)), "png",
						png.toFile());
			}
			assertThat(ImageIO.read(png.toFile()).getWidth()).as(png.toString()).isEqualTo(width);
		}
	}

	/** A palette of 256 colours: the letters have two inks and their anti-aliasing, a third of the size. */
	private static BufferedImage smaller(BufferedImage page) {
		BufferedImage indexed = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_INDEXED);
		Graphics2D graphics = indexed.createGraphics();
		graphics.drawImage(page, 0, 0, null);
		graphics.dispose();
		return indexed;
	}

	@Test
	@EnabledIfSystemProperty(named = "letters.benchmark", matches = "true")
	void measureHowFastGrantDecisionsRender(@TempDir Path storage) throws Exception {
		Map<String, Object> model = LetterRendererTests.model(LetterKind.GRANT_DECISION);
		for (int i = 0; i < WARM_UP; i++) {
			renderer.render(LetterKind.GRANT_DECISION.template(), model);
		}
		for (int threads = 1; threads <= 2; threads++) {
			measure(threads, model);
		}
		measureStoring(model, storage);
	}

	/**
	 * What {@code FileStore.store} does with an issued letter, timed apart: its SHA-256, a temporary file written, then
	 * moved in place under its hash (no fsync).
	 */
	private void measureStoring(Map<String, Object> model, Path storage) throws IOException {
		List<byte[]> pdfs = new ArrayList<>();
		for (int i = 0; i < MEASURED; i++) {
			pdfs.add(renderer.render(LetterKind.GRANT_DECISION.template(), model));
		}
		ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
		long cpuNanos = cpu.getCurrentThreadCpuTime();
		long[] nanos = new long[MEASURED];
		for (int i = 0; i < MEASURED; i++) {
			long before = System.nanoTime();
			String sha256 = FileStore.sha256(pdfs.get(i));
			Path folder = Files.createDirectories(storage.resolve(sha256.substring(0, 2)));
			Path temporary = Files.createTempFile(folder, sha256, ".part");
			Files.write(temporary, pdfs.get(i));
			Files.move(temporary, folder.resolve(sha256), StandardCopyOption.ATOMIC_MOVE);
			nanos[i] = System.nanoTime() - before;
		}
		cpuNanos = cpu.getCurrentThreadCpuTime() - cpuNanos;
		Arrays.sort(nanos);
		System.out.printf(Locale.ROOT,
				"letters.benchmark: storing %d letters: median %.2f ms, 90th percentile %.2f ms, CPU %.2f ms a letter%n",
				MEASURED, nanos[MEASURED / 2] / 1e6, nanos[MEASURED * 9 / 10] / 1e6, cpuNanos / 1e6 / MEASURED);
	}

	/**
	 * {@code threads} threads share the one renderer, as job executor threads and requests do; each renders 200. The
	 * CPU time a letter takes (its thread's) tells more than letters per second on a machine shared with other work.
	 */
	private void measure(int threads, Map<String, Object> model) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Callable<long[]>> tasks = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				tasks.add(() -> {
					ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
					long[] nanos = new long[MEASURED];
					long cpuNanos = cpu.getCurrentThreadCpuTime();
					long bytes = 0;
					byte[] pdf = null;
					for (int i = 0; i < MEASURED; i++) {
						long before = System.nanoTime();
						pdf = renderer.render(LetterKind.GRANT_DECISION.template(), model);
						nanos[i] = System.nanoTime() - before;
						bytes += pdf.length;
					}
					assertThat(Pdfs.text(pdf)).contains("quatorze mille euros");
					long[] withTotals = Arrays.copyOf(nanos, MEASURED + 2);
					withTotals[MEASURED] = bytes;
					withTotals[MEASURED + 1] = cpu.getCurrentThreadCpuTime() - cpuNanos;
					return withTotals;
				});
			}
			long start = System.nanoTime();
			List<Future<long[]>> results = pool.invokeAll(tasks);
			double seconds = (System.nanoTime() - start) / 1e9;
			List<Long> nanos = new ArrayList<>();
			long bytes = 0;
			long cpuNanos = 0;
			for (Future<long[]> result : results) {
				long[] values = result.get();
				for (int i = 0; i < MEASURED; i++) {
					nanos.add(values[i]);
				}
				bytes += values[MEASURED];
				cpuNanos += values[MEASURED + 1];
			}
			long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
			int letters = sorted.length;
			System.out.printf(Locale.ROOT,
					"letters.benchmark: %d thread(s), %d grant decisions (after %d to warm up) in %.2f s: "
							+ "%.1f letters/s, median %.1f ms, 90th percentile %.1f ms, CPU %.1f ms a letter, "
							+ "%d bytes a letter (load average %.1f)%n",
					threads, letters, WARM_UP, seconds, letters / seconds, sorted[letters / 2] / 1e6,
					sorted[letters * 9 / 10] / 1e6, cpuNanos / 1e6 / letters, bytes / letters,
					ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		}
		finally {
			pool.shutdown();
		}
	}

}
