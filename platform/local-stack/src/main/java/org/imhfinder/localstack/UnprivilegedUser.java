package org.imhfinder.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;
import java.util.Set;

/**
 * Elasticsearch refuses to run as root. When the launcher is root (as CI is), Elasticsearch runs
 * as {@code nobody:nogroup} through {@code setpriv}, and the folders it writes are handed to
 * that user; otherwise it runs as the launcher's own user and nothing changes hands.
 */
final class UnprivilegedUser {
    static final String USER = "nobody";
    static final String GROUP = "nogroup";

    private UnprivilegedUser() {
    }

    static boolean runningAsRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /** The prefix that runs a command as the unprivileged user, or nothing when not root. */
    static List<String> commandPrefix() {
        return runningAsRoot()
                ? List.of("setpriv", "--reuid=" + USER, "--regid=" + GROUP, "--clear-groups")
                : List.of();
    }

    /** Hands a folder tree to the unprivileged user (when root). */
    static void giveAway(Path root) {
        if (!runningAsRoot()) {
            return;
        }
        try {
            UserPrincipalLookupService lookup = root.getFileSystem().getUserPrincipalLookupService();
            UserPrincipal user = lookup.lookupPrincipalByName(USER);
            GroupPrincipal group = lookup.lookupPrincipalByGroupName(GROUP);
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    chown(dir, user, group);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    chown(file, user, group);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hand " + root + " to " + USER, e);
        }
    }

    /** True when the unprivileged user can reach (traverse every parent of) the path. */
    static boolean canReach(Path path) {
        if (!runningAsRoot()) {
            return true;
        }
        for (Path p = path.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            if (!Files.exists(p)) {
                continue; // created later, with the default permissions, which let others through
            }
            try {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
                if (!perms.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    private static void chown(Path path, UserPrincipal user, GroupPrincipal group) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class,
                java.nio.file.LinkOption.NOFOLLOW_LINKS);
        view.setOwner(user);
        view.setGroup(group);
    }
}
