package org.proclab.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Windows access list for the private directory, checked on any system with principals and an
 * {@link AclFileAttributeView} of our own (Linux has no ACL view): what a list must hold to count as the
 * user's alone, and that a directory open to others is closed, one already private left alone.
 */
@Tag("unit")
class UserOnlyAclTest {
    record Principal(String getName) implements UserPrincipal {}

    static final UserPrincipal ME = new Principal("LAPTOP\\student");
    static final UserPrincipal EVERYONE = new Principal("Everyone");

    /** An ACL view over a list in memory, counting how often the list was replaced. */
    static final class FakeAclView implements AclFileAttributeView {
        List<AclEntry> acl;
        int writes;

        FakeAclView(List<AclEntry> acl) {
            this.acl = new ArrayList<>(acl);
        }

        @Override
        public String name() {
            return "acl";
        }

        @Override
        public List<AclEntry> getAcl() {
            return new ArrayList<>(acl);
        }

        @Override
        public void setAcl(List<AclEntry> acl) {
            this.acl = new ArrayList<>(acl);
            writes++;
        }

        @Override
        public UserPrincipal getOwner() {
            return ME;
        }

        @Override
        public void setOwner(UserPrincipal owner) {
            throw new UnsupportedOperationException();
        }
    }

    static AclEntry entry(AclEntryType type, UserPrincipal who, Set<AclEntryPermission> permissions, AclEntryFlag... flags) {
        return AclEntry.newBuilder().setType(type).setPrincipal(who).setPermissions(permissions).setFlags(flags).build();
    }

    @Test
    void of_oneInheritedEntryAllowingTheUserEverything() {
        List<AclEntry> acl = UserOnlyAcl.of(ME);
        assertEquals(1, acl.size());
        AclEntry e = acl.get(0);
        assertEquals(AclEntryType.ALLOW, e.type());
        assertSame(ME, e.principal());
        assertEquals(EnumSet.allOf(AclEntryPermission.class), e.permissions());
        assertEquals(EnumSet.of(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT), e.flags());
        assertTrue(UserOnlyAcl.isUserOnly(acl, ME));
    }

    @Test
    void attribute_namedForCreateDirectory_carriesTheList() {
        var attr = UserOnlyAcl.attribute(ME);
        assertEquals("acl:acl", attr.name()); // the name Windows' provider takes at creation
        assertEquals(UserOnlyAcl.of(ME), attr.value());
    }

    @Test
    void isUserOnly_false_whenAnotherPrincipalIsAllowedAnything() {
        List<AclEntry> acl = new ArrayList<>(UserOnlyAcl.of(ME));
        acl.add(entry(AclEntryType.ALLOW, EVERYONE, EnumSet.of(AclEntryPermission.READ_DATA)));
        assertFalse(UserOnlyAcl.isUserOnly(acl, ME));
    }

    @Test
    void isUserOnly_true_whenOthersAreOnlyDenied() {
        List<AclEntry> acl = new ArrayList<>(UserOnlyAcl.of(ME));
        acl.add(0, entry(AclEntryType.DENY, EVERYONE, EnumSet.allOf(AclEntryPermission.class)));
        assertTrue(UserOnlyAcl.isUserOnly(acl, ME));
    }

    @Test
    void isUserOnly_false_whenTheUserCannotDeleteInside() {
        Set<AclEntryPermission> noDelete = EnumSet.copyOf(UserOnlyAcl.USE);
        noDelete.remove(AclEntryPermission.DELETE_CHILD);
        assertFalse(UserOnlyAcl.isUserOnly(List.of(entry(AclEntryType.ALLOW, ME, noDelete)), ME));
        assertTrue(UserOnlyAcl.isUserOnly(List.of(entry(AclEntryType.ALLOW, ME, UserOnlyAcl.USE)), ME));
    }

    @Test
    void isUserOnly_false_whenTheUsersEntryIsOnlyForWhatIsInside() {
        // INHERIT_ONLY: the entry passes to new files but grants nothing on the directory itself
        List<AclEntry> acl = List.of(entry(AclEntryType.ALLOW, ME, EnumSet.allOf(AclEntryPermission.class),
                AclEntryFlag.INHERIT_ONLY, AclEntryFlag.FILE_INHERIT));
        assertFalse(UserOnlyAcl.isUserOnly(acl, ME));
    }

    @Test
    void isUserOnly_false_forAnEmptyList() {
        assertFalse(UserOnlyAcl.isUserOnly(List.of(), ME));
    }

    @Test
    void keepPrivate_replacesAListOpenToEveryone() throws Exception {
        FakeAclView view = new FakeAclView(List.of(
                entry(AclEntryType.ALLOW, ME, EnumSet.allOf(AclEntryPermission.class)),
                entry(AclEntryType.ALLOW, EVERYONE, EnumSet.of(AclEntryPermission.READ_DATA, AclEntryPermission.EXECUTE))));
        assertTrue(UserOnlyAcl.keepPrivate(view, ME));
        assertEquals(UserOnlyAcl.of(ME), view.acl);
        assertEquals(1, view.writes);
    }

    @Test
    void keepPrivate_leavesAPrivateListAlone() throws Exception {
        FakeAclView view = new FakeAclView(UserOnlyAcl.of(ME));
        assertFalse(UserOnlyAcl.keepPrivate(view, ME));
        assertEquals(0, view.writes);
    }

    @Test
    void protection_posixOnLinuxAndMac_aclOnWindows_noneOnAPlainFileSystem() {
        assertEquals(PrivateDirectory.Protection.POSIX, PrivateDirectory.Protection.of(Set.of("basic", "posix", "unix", "owner", "user")));
        assertEquals(PrivateDirectory.Protection.POSIX, PrivateDirectory.Protection.of(Set.of("basic", "posix", "unix", "owner")));
        // Windows' default file system: no posix view, an acl view and an owner view
        assertEquals(PrivateDirectory.Protection.ACL, PrivateDirectory.Protection.of(Set.of("basic", "dos", "acl", "owner", "user")));
        assertEquals(PrivateDirectory.Protection.NONE, PrivateDirectory.Protection.of(Set.of("basic", "dos")));
    }
}
