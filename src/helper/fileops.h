// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

// The helper's file operations, all relative to one root: "/" in the installed helper; a
// temporary directory in the test build (OOMLENS_HELPER_TEST_ROOT), so that tests act on a
// copy and never on the machine. Paths passed in are fixed by the helper ("etc/fstab") or
// built from validated components; nothing here takes a path from the client as is.
namespace oom::helper {

struct FileResult {
    bool ok = false;
    QString error; // strerror-based, naming the file
};

class FileOps
{
public:
    explicit FileOps(QString root);
    const QString &root() const { return m_root; }
    QString absolute(const QString &relative) const; // root + "/" + relative

    // Reads a whole small file (nullopt when it does not exist or cannot be read).
    std::optional<QByteArray> read(const QString &relative) const;
    // Writes a kernel interface file (/proc/sys, cgroup files): open O_WRONLY|O_NOFOLLOW,
    // one write(2), no truncation dance.
    FileResult writeValue(const QString &relative, const QByteArray &value) const;
    // Writes `relative` atomically: a temporary file in the same directory, fsync, the
    // previous content kept as <name>.oomlens-backup, rename(2), fsync of the directory.
    // A crash leaves either the old or the new file, never half of one.
    FileResult replaceFile(const QString &relative, const QByteArray &content,
                           unsigned mode = 0644) const;
    FileResult removeFile(const QString &relative) const;
    FileResult makeDirectory(const QString &relative, unsigned mode) const;

    // A cgroup file reached by openat(O_NOFOLLOW) one component at a time beneath
    // `hierarchy` (e.g. "sys/fs/cgroup"), so neither ".." nor a symlink can lead outside.
    std::optional<QByteArray> readCgroupFile(const QString &hierarchy,
                                             const QStringList &components, const QString &file,
                                             QString *error) const;
    FileResult writeCgroupFile(const QString &hierarchy, const QStringList &components,
                               const QString &file, const QByteArray &value) const;

    // /proc/<pid>/<file> through one directory fd whose stat start time matched
    // `startTimeTicks`: a pid reused after the check cannot redirect the write.
    std::optional<QByteArray> readProcessFile(qint64 pid, qint64 startTimeTicks,
                                              const QString &file, QString *error) const;
    FileResult writeProcessFile(qint64 pid, qint64 startTimeTicks, const QString &file,
                                const QByteArray &value) const;

private:
    int openCgroupDirectory(const QString &hierarchy, const QStringList &components,
                            QString *error) const;
    int openProcessDirectory(qint64 pid, qint64 startTimeTicks, QString *error) const;
    QString m_root;
};

// Lines the helper owns in a shared file (/etc/fstab, /etc/sysctl.d/90-oomlens.conf): each
// is preceded by "# oomlens: <key>", so a second run replaces instead of appending, and a
// rollback removes exactly them.
struct OwnedLines {
    static QString marker(const QString &key) { return QStringLiteral("# oomlens: ") + key; }
    // The owned line for `key`, if any.
    static std::optional<QString> find(const QByteArray &content, const QString &key);
    // `content` with the owned line for `key` set to `line` (nullopt: removed).
    static QByteArray set(const QByteArray &content, const QString &key,
                          const std::optional<QString> &line);
};

} // namespace oom::helper
