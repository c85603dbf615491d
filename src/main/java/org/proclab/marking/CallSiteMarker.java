package org.proclab.marking;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Marks a class file's calls of ProcLab's API (what {@code org.proclab.worker.CallSites} describes): before each
 * call of a class or static method of {@code org.proclab.mp}, {@code CallSites.at(file, line)} with the class's
 * source file and the call's line; after it, and at the start of every exception handler, {@code CallSites.off()}.
 */
public final class CallSiteMarker {
    static final String API = "org/proclab/mp/";
    private static final String NOTES = "org/proclab/worker/CallSites";
    /** The notes' class name as a constant pool entry holds it (tag, length, name): how a marked class is known. */
    private static final byte[] NOTES_ENTRY = utf8Entry(NOTES);

    private CallSiteMarker() {}

    /** Whether a class of this name is a program's: not ProcLab's API or worker, nor the JDK's. */
    public static boolean isProgram(String internalName) {
        return !internalName.startsWith(API) && !internalName.startsWith("org/proclab/worker/")
                && !internalName.startsWith("java/") && !internalName.startsWith("javax/")
                && !internalName.startsWith("jdk/") && !internalName.startsWith("sun/")
                && !internalName.startsWith("com/sun/");
    }

    /**
     * The class's bytes with its calls of the API marked; the same bytes if it makes none, is marked already, or
     * cannot be read (a class file newer than this ASM knows: it then runs as it is, and its operations look their
     * lines up).
     */
    public static byte[] markedOrSame(byte[] classFile) {
        byte[] marked = mark(classFile, API);
        return marked == null ? classFile : marked;
    }

    /** The class's bytes with its calls of classes whose names begin with {@code api} marked, or null if none is. */
    public static byte[] mark(byte[] classFile, String api) {
        if (!mentions(classFile, api.getBytes(StandardCharsets.UTF_8)) || isMarked(classFile)) {
            return null; // most classes never name the API: not parsed at all; a marked one is not marked twice
        }
        try {
            ClassReader reader = new ClassReader(classFile);
            int major = reader.readUnsignedShort(6);
            if (major == Opcodes.V1_6) {
                return null; // Java 6: its handlers may or may not have frames; left as it is
            }
            ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
            Marker marker = new Marker(writer, api, major > Opcodes.V1_6);
            reader.accept(marker, 0);
            return marker.marked ? writer.toByteArray() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Whether a class file is marked already: it names the notes' class. */
    static boolean isMarked(byte[] classFile) {
        return mentions(classFile, NOTES_ENTRY);
    }

    private static byte[] utf8Entry(String name) {
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        byte[] entry = new byte[utf8.length + 3];
        entry[0] = 1; // CONSTANT_Utf8
        entry[1] = (byte) (utf8.length >> 8);
        entry[2] = (byte) utf8.length;
        System.arraycopy(utf8, 0, entry, 3, utf8.length);
        return entry;
    }

    /** As {@code worker.MainClassScan} reads a class file: as Latin-1, one char a byte, so names match as text. */
    private static boolean mentions(byte[] data, byte[] what) {
        return new String(data, StandardCharsets.ISO_8859_1).contains(new String(what, StandardCharsets.ISO_8859_1));
    }

    private static final class Marker extends ClassVisitor {
        private final String apiPrefix; // not "api": ASM's visitors have a field of that name (its version)
        private final boolean framed;
        private String source;
        boolean marked;

        Marker(ClassVisitor next, String api, boolean framed) {
            super(Opcodes.ASM9, next);
            this.apiPrefix = api;
            this.framed = framed;
        }

        @Override
        public void visitSource(String file, String debug) {
            source = file;
            super.visitSource(file, debug);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            return new MethodMarker(super.visitMethod(access, name, descriptor, signature, exceptions));
        }

        private final class MethodMarker extends MethodVisitor {
            private final Set<Label> handlers = new HashSet<>();
            private boolean inHandler; // at a handler's label: its frame comes next
            private int line = -1; // none yet: such a call is left to look its line up

            MethodMarker(MethodVisitor next) {
                super(Opcodes.ASM9, next);
            }

            @Override
            public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
                handlers.add(handler);
                super.visitTryCatchBlock(start, end, handler, type);
            }

            @Override
            public void visitLabel(Label label) {
                super.visitLabel(label);
                if (handlers.contains(label)) {
                    if (framed) {
                        inHandler = true; // dropped after the handler's frame, which follows its label
                    } else {
                        dropNote();
                    }
                }
            }

            @Override
            public void visitFrame(int type, int numLocal, Object[] local, int numStack, Object[] stack) {
                super.visitFrame(type, numLocal, local, numStack, stack);
                if (inHandler) {
                    inHandler = false;
                    dropNote();
                }
            }

            @Override
            public void visitLineNumber(int line, Label start) {
                this.line = line;
                super.visitLineNumber(line, start);
            }

            @Override
            public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean itf) {
                // interfaces of the API are the program's own functions (Fn, Task...): not operations
                if (opcode == Opcodes.INVOKEINTERFACE || !owner.startsWith(apiPrefix) || source == null || line < 0) {
                    super.visitMethodInsn(opcode, owner, name, descriptor, itf);
                    return;
                }
                super.visitLdcInsn(source);
                pushInt(line);
                super.visitMethodInsn(Opcodes.INVOKESTATIC, NOTES, "at", "(Ljava/lang/String;I)V", false);
                super.visitMethodInsn(opcode, owner, name, descriptor, itf);
                dropNote();
                marked = true;
            }

            private void pushInt(int n) {
                if (n <= 5) {
                    super.visitInsn(Opcodes.ICONST_0 + n);
                } else if (n <= Byte.MAX_VALUE) {
                    super.visitIntInsn(Opcodes.BIPUSH, n);
                } else if (n <= Short.MAX_VALUE) {
                    super.visitIntInsn(Opcodes.SIPUSH, n);
                } else {
                    super.visitLdcInsn(n);
                }
            }

            private void dropNote() {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, NOTES, "off", "()V", false);
            }
        }
    }
}
