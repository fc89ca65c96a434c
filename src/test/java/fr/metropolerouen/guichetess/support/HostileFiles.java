package fr.metropolerouen.guichetess.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;

/**
 * Files an attacker would send instead of a supporting document, and small valid images, all built in memory: a
 * few kilobytes each, so none is committed to the repository.
 */
public final class HostileFiles {

	/** The run of zeros packed in the archive bomb: 50 MB that deflate to about 50 KB. */
	private static final int BOMB_SIZE = 50 * 1024 * 1024;

	private HostileFiles() {
	}

	public static byte[] jpeg() {
		return image("jpeg");
	}

	public static byte[] png() {
		return image("png");
	}

	/** A Windows program ("MZ" header and a PE signature) that a careless user or an attacker named .pdf. */
	public static byte[] windowsExecutable() {
		ByteBuffer exe = ByteBuffer.allocate(512);
		exe.put(new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF });
		exe.put(0x3C, (byte) 0x80);
		exe.put(0x80, (byte) 'P').put(0x81, (byte) 'E');
		return exe.array();
	}

	/** A Linux program: the ELF header of a 64-bit little-endian executable. */
	public static byte[] linuxExecutable() {
		byte[] elf = new byte[256];
		System.arraycopy(new byte[] { 0x7F, 'E', 'L', 'F', 2, 1, 1, 0 }, 0, elf, 0, 8);
		elf[16] = 2;
		elf[18] = 0x3E;
		return elf;
	}

	private static byte[] zipBomb;

	/** A ZIP archive of one entry named like a PDF that inflates to 50 MB of zeros (built once: it takes a while). */
	public static synchronized byte[] zipBomb() {
		if (zipBomb == null) {
			zipBomb = packedZeros();
		}
		return zipBomb.clone();
	}

	private static byte[] packedZeros() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("facture.pdf"));
			byte[] zeros = new byte[1024 * 1024];
			for (int written = 0; written < BOMB_SIZE; written += zeros.length) {
				zip.write(zeros);
			}
			zip.closeEntry();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** A valid JPEG followed by a ZIP archive: image viewers show the picture, archive tools open the archive. */
	public static byte[] jpegWithZipAppended() {
		return concat(jpeg(), smallZip());
	}

	/** A valid PDF followed by a ZIP archive. */
	public static byte[] pdfWithZipAppended() {
		return concat(TestFiles.pdf(), smallZip());
	}

	/** A valid JPEG whose comment segment is an HTML page with a script (a JPEG/HTML polyglot). */
	public static byte[] jpegWithHtmlPayload() {
		byte[] jpeg = jpeg();
		byte[] html = "<html><body><script>alert(document.cookie)</script></body></html>"
			.getBytes(StandardCharsets.US_ASCII);
		ByteBuffer polyglot = ByteBuffer.allocate(jpeg.length + html.length + 4);
		polyglot.put(jpeg, 0, 2);
		polyglot.put((byte) 0xFF).put((byte) 0xFE).putShort((short) (html.length + 2)).put(html);
		polyglot.put(jpeg, 2, jpeg.length - 2);
		return polyglot.array();
	}

	/** A PNG of a few dozen bytes that announces 100 000 × 100 000 pixels (40 GB once decoded). */
	public static byte[] pngBomb() {
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		png.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		ByteBuffer header = ByteBuffer.allocate(13).putInt(100_000).putInt(100_000).put((byte) 8).put((byte) 0);
		chunk(png, "IHDR", header.put((byte) 0).put((byte) 0).put((byte) 0).array());
		chunk(png, "IDAT", deflate(new byte[4096]));
		chunk(png, "IEND", new byte[0]);
		return png.toByteArray();
	}

	public static byte[] pdfWithJavaScript() {
		return pdf(document -> document.getDocumentCatalog()
			.setOpenAction(new PDActionJavaScript("app.launchURL('https://attaquant.example/');")));
	}

	public static byte[] pdfWithLaunchAction() {
		return pdf(document -> {
			PDActionLaunch launch = new PDActionLaunch();
			launch.getCOSObject().setString(COSName.F, "cmd.exe");
			document.getDocumentCatalog().setOpenAction(launch);
		});
	}

	public static byte[] pdfWithEmbeddedFile() {
		return pdf(document -> {
			PDComplexFileSpecification attachment = new PDComplexFileSpecification();
			attachment.setFile("outil.exe");
			try {
				attachment.setEmbeddedFile(new PDEmbeddedFile(document,
						new ByteArrayInputStream(windowsExecutable())));
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
			files.setNames(Map.of("outil.exe", attachment));
			PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
			names.setEmbeddedFiles(files);
			document.getDocumentCatalog().setNames(names);
		});
	}

	/** A PDF that opens only with its password. */
	public static byte[] encryptedPdf() {
		return pdf(document -> {
			try {
				StandardProtectionPolicy policy = new StandardProtectionPolicy("proprietaire", "secret",
						new AccessPermission());
				policy.setEncryptionKeyLength(128);
				document.protect(policy);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	private static byte[] pdf(Consumer<PDDocument> hostile) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			hostile.accept(document);
			document.save(out, CompressParameters.NO_COMPRESSION);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static byte[] image(String format) {
		BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(Color.ORANGE);
		graphics.fillRect(5, 5, 30, 20);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static byte[] smallZip() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("lisez-moi.html"));
			zip.write("<p>Surprise</p>".getBytes(StandardCharsets.US_ASCII));
			zip.closeEntry();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		png.writeBytes(name);
		png.writeBytes(data);
		png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

	private static byte[] deflate(byte[] data) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (DeflaterOutputStream deflater = new DeflaterOutputStream(out)) {
			deflater.write(data);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	public static byte[] concat(byte[] first, byte[] second) {
		byte[] both = new byte[first.length + second.length];
		System.arraycopy(first, 0, both, 0, first.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

}
