// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "sources/system/posixfile.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace oom {

// The directory SystemTree reads: "/" for the running system, or the root of a bundle
// (an extracted `oomlens-cli collect` archive, a sosreport, a supportconfig tree, a test
// fixture) that holds proc/ and sys/ in the same places. Everything is opened relative to
// one directory descriptor, so a bundle and the live system are read by the same code.
// Copies share the descriptor; a Root is safe to use from several threads.
//
// A path that names a file is opened as a bundle archive (fromArchive()): its proc/, sys/
// and cgroup/ members are loaded into memory and read through the same descriptors.
class Root
{
public:
    explicit Root(const QString &path);
    // A bundle archive (`oomlens-cli collect` .tar.zst, a tarred sosreport) held in memory
    // (archiveroot.h), within the bundle limits; nothing is extracted to disk.
    static Root fromArchive(const QString &path);

    bool isArchive() const { return m_archive; }
    // Why the root could not be opened, in words (an archive's problem has no errno).
    QString openErrorString() const { return m_openErrorString; }
    // Archive members left out or cut short while loading; SystemTree turns them into notes.
    QStringList loadWarnings() const { return m_loadWarnings; }

    QString path() const { return m_path; }
    bool isValid() const { return m_fd && m_fd->isValid(); }
    int openError() const { return m_openError; } // errno when !isValid()
    int fd() const { return m_fd ? m_fd->get() : -1; }
    // The running system itself: "/" (after resolving symlinks). Only then are
    // sysconf(), geteuid() and /proc/self meaningful for what is read.
    bool isLiveSystem() const { return m_live; }
    posixfile::Resolve resolve() const
    {
        return m_live ? posixfile::Resolve::Follow : posixfile::Resolve::InRoot;
    }

    // Convenience wrappers over posixfile with this root's descriptor and resolution.
    posixfile::ReadResult readSmall(const char *relativePath, char *buf,
                                    std::size_t capacity) const;
    posixfile::ReadResult readAll(const char *relativePath, QByteArray &out,
                                  qsizetype limit = 16 * 1024 * 1024) const;
    // -errno on failure
    int openDirectory(const char *relativePath) const;

private:
    Root() = default;

    QString m_path;
    std::shared_ptr<posixfile::UniqueFd> m_fd;
    int m_openError = 0;
    bool m_live = false;
    bool m_archive = false;
    QString m_openErrorString;
    QStringList m_loadWarnings;
};

} // namespace oom
