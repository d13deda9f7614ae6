import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassModel;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.lang.classfile.constantpool.ClassEntry;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Build step (issue #7, start-up): rewrites the pre-Java-6 classes of a package inside the application jar as Java 8
 * class files, with stack maps, in place.
 *
 * <p>picocli 4.7 ships Java 5 class files (version 49). The JDK's AOT cache and CDS archives refuse them, because they
 * can only be checked by the old inference verifier, so each start loaded, parsed and verified picocli's ~170 classes
 * afresh, and the classes that use them could not be linked ahead of time either. Measured on `ventes run` over the
 * bundled data, JDK 25 with the AOT cache: 1.77 s before, 1.43 s after (paired runs, deliverables/performance-notes.md).
 *
 * <p>Only the class-file version changes and stack maps are added; every instruction is kept. Each rewritten class is
 * checked with the JDK's own verifier ({@link ClassFile#verify}) before the jar is written; any error stops the build.
 * Uses the JDK 24+ class-file API, so it runs as a single-file program on JDK 25:
 * {@code java src/build/RetargetBytecode.java target/ventes.jar picocli}
 */
public final class RetargetBytecode {

    private static final int JAVA_8 = ClassFile.JAVA_8_VERSION;
    private static final int JAVA_6 = ClassFile.JAVA_6_VERSION;

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java RetargetBytecode.java JAR PACKAGE_PREFIX");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        String prefix = args[1];
        int rewritten = 0;
        try (URLClassLoader jarClasses = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
                FileSystem zip = FileSystems.newFileSystem(jar)) {
            // Stack maps name the common supertype where branches meet: resolve picocli's own types from the jar.
            ClassFile classFile = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS,
                    ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.defaultResolver()
                            .orElse(ClassHierarchyResolver.ofResourceParsing(jarClasses))));
            Path root = zip.getPath(prefix);
            if (!Files.isDirectory(root)) {
                throw new IllegalStateException(prefix + " not found in " + jar);
            }
            List<Path> classes;
            try (Stream<Path> files = Files.walk(root)) {
                classes = files.filter(f -> f.toString().endsWith(".class")).toList();
            }
            for (Path file : classes) {
                ClassModel model = classFile.parse(Files.readAllBytes(file));
                if (model.majorVersion() >= JAVA_6) {
                    continue;
                }
                byte[] retargeted = classFile.transformClass(model,
                        ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL)
                                .andThen(ClassTransform.endHandler(builder -> builder.withVersion(JAVA_8, 0))));
                List<VerifyError> errors = classFile.verify(retargeted);
                if (!errors.isEmpty()) {
                    throw new IllegalStateException(name(model.thisClass()) + " fails verification: " + errors);
                }
                Files.write(file, retargeted);
                rewritten++;
            }
        }
        System.out.println(rewritten + " classes of " + prefix + " rewritten as Java 8 class files in " + jar);
    }

    private static String name(ClassEntry entry) {
        return entry.asInternalName().replace('/', '.');
    }
}
