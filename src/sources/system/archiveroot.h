// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "sources/bundle/bundlelimits.h"
#include "sources/system/memorytree.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace oom {

struct ArchiveTree {
    std::shared_ptr<const MemoryTree> tree; // nullptr when the archive could not be read
    QString error; // why not
    int errnum = 0; // errno for Root::openError(): the file's, or EINVAL / EFBIG
    // Members left out or cut short (a limit, an unsafe member), one sentence each.
    QStringList warnings;
    // The folder inside the archive that is the root ("" or "sosreport-host-2024/").
    QString prefix;
};

// Loads the members of a bundle archive (an `oomlens-cli collect` .tar.zst, or a tarred
// sosreport/supportconfig) that SystemTree reads — those under proc/, sys/ and cgroup/ —
// into memory, within the bundle limits. Nothing is extracted to disk; links, devices and
// paths that leave the archive are refused (ArchiveReader). When every member lies in one
// top folder that holds proc/ or sys/, that folder is the root (sosreport-<host>-<date>/).
class ArchiveRootLoader
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveRootLoader)

public:
    static ArchiveTree load(const QString &path, const BundleLimits &limits = {});
};

} // namespace oom
