package org.proclab.files;

import java.io.IOException;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Windows' counterpart of {@code rwx------}: an access control list with one entry, which allows the user
 * everything and is inherited by every file and folder made inside (a session's socket, its logs), and no
 * entry for anyone else. (Administrators and the system can still take ownership, as on Linux root can.)
 */
final class UserOnlyAcl {
    /** What the user must be allowed on a directory to use it: list, make and delete entries, enter it. */
    static final Set<AclEntryPermission> USE = EnumSet.of(AclEntryPermission.READ_DATA, AclEntryPermission.WRITE_DATA,
            AclEntryPermission.APPEND_DATA, AclEntryPermission.EXECUTE, AclEntryPermission.DELETE_CHILD,
            AclEntryPermission.READ_ATTRIBUTES);

    private UserOnlyAcl() {}

    /** The list: one entry allowing {@code user} every permission, inherited by files and folders inside. */
    static List<AclEntry> of(UserPrincipal user) {
        return List.of(AclEntry.newBuilder()
                .setType(AclEntryType.ALLOW)
                .setPrincipal(user)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class))
                .setFlags(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT)
                .build());
    }

    /** The list as an attribute of a directory being made, so it is private from its first instant. */
    static FileAttribute<List<AclEntry>> attribute(UserPrincipal user) {
        List<AclEntry> acl = of(user);
        return new FileAttribute<>() {
            @Override
            public String name() {
                return "acl:acl";
            }

            @Override
            public List<AclEntry> value() {
                return acl;
            }
        };
    }

    /**
     * Makes the directory behind {@code view} the user's alone, unless its list already keeps everyone else
     * out (then it is left as it is); returns whether the list was replaced.
     */
    static boolean keepPrivate(AclFileAttributeView view, UserPrincipal user) throws IOException {
        if (isUserOnly(view.getAcl(), user)) {
            return false;
        }
        view.setAcl(of(user));
        return true;
    }

    /**
     * Whether {@code acl} keeps everyone but {@code user} out: no entry allows another principal anything,
     * and the user's entries allow what using the directory takes. (Deny entries keep others out too.)
     */
    static boolean isUserOnly(List<AclEntry> acl, UserPrincipal user) {
        Set<AclEntryPermission> allowed = EnumSet.noneOf(AclEntryPermission.class);
        for (AclEntry e : acl) {
            if (e.type() != AclEntryType.ALLOW) {
                continue;
            }
            if (!e.principal().equals(user)) {
                return false;
            }
            if (!e.flags().contains(AclEntryFlag.INHERIT_ONLY)) {
                allowed.addAll(e.permissions());
            }
        }
        return allowed.containsAll(USE);
    }
}
