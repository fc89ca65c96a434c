package fr.metropolerouen.guichetess.shared.upload;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A JPEG or PNG image that decodes, within bounded dimensions, and ends where its format says it ends. The size is
 * read from the header before any pixel is decoded, so a few bytes announcing 100 000 × 100 000 pixels (a
 * decompression bomb: 40 GB once decoded) are refused at once; the image is then decoded with subsampling, which
 * reads every byte of the picture but keeps only about a million pixels in memory.
 */
final class ImageContent {

	/** A full A4 page scanned at 600 dpi is 4 960 × 7 016 pixels (35 million): well within both bounds. */
	static final int MAX_SIDE = 12_000;

	static final long MAX_PIXELS = 60_000_000L;

	private static final long DECODED_PIXELS = 1_000_000L;

	private static final byte[] PNG_END = { 0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82 };

	private static final byte[] JPEG_END = { (byte) 0xFF, (byte) 0xD9 };

	private ImageContent() {
	}

	static Optional<String> problemIn(FileFormat format, byte[] content) {
		if (!endsAsItShould(format, content)) {
			return Optional.of("a des données après la fin de l'image (fichier composite)");
		}
		Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format == FileFormat.PNG ? "png" : "jpeg");
		ImageReader reader = readers.next();
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			reader.setInput(input, true, true);
			long width = reader.getWidth(0);
			long height = reader.getHeight(0);
			if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
				return Optional.of("est une image trop grande (" + width + " × " + height + " pixels ; au plus "
						+ MAX_SIDE + " pixels de côté et " + MAX_PIXELS / 1_000_000 + " millions de pixels)");
			}
			decode(reader, width * height);
			return Optional.empty();
		}
		catch (IOException | RuntimeException e) {
			return Optional.of("est une image illisible ou endommagée");
		}
		finally {
			reader.dispose();
		}
	}

	/** Rasters only where the reader offers them: they skip colour conversion, which CMYK scans would fail. */
	private static void decode(ImageReader reader, long pixels) throws IOException {
		int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) pixels / DECODED_PIXELS)));
		ImageReadParam subsampled = reader.getDefaultReadParam();
		subsampled.setSourceSubsampling(step, step, 0, 0);
		if (reader.canReadRaster()) {
			reader.readRaster(0, subsampled);
		}
		else {
			reader.read(0, subsampled);
		}
	}

	/** A JPEG ends with its end-of-image marker (zero padding tolerated), a PNG with its IEND chunk. */
	private static boolean endsAsItShould(FileFormat format, byte[] content) {
		if (format == FileFormat.PNG) {
			return endsWith(content, content.length, PNG_END);
		}
		int end = content.length;
		while (end > 0 && content[end - 1] == 0) {
			end--;
		}
		return endsWith(content, end, JPEG_END);
	}

	private static boolean endsWith(byte[] content, int end, byte[] suffix) {
		return end >= suffix.length && Arrays.equals(content, end - suffix.length, end, suffix, 0, suffix.length);
	}

}
