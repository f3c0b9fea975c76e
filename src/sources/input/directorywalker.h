// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace oom {

struct WalkLimits {
    // Deep enough for sosreport's var/log/journal/<machine-id>/ under a folder of bundles.
    int maxDepth = 12;
    // Entries looked at in all, so a path like / cannot keep the analysis busy for hours.
    int maxEntries = 200000;
};

struct WalkResult {
    QStringList files; // relative to the root, '/'-separated, in directory order (sort later)
    QList<std::pair<QString, QString>> problems; // relative path, message
    bool entryLimitReached = false; // the listing stops there
    bool depthLimitReached = false; // deeper directories were left out
};

// Lists the regular files under root. Symbolic links are not followed (a sosreport's top
// level is full of links into sos_commands/, and a link to a parent would loop); a directory
// reached twice (a bind mount) is visited once; hidden entries are left out.
class DirectoryWalker
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryWalker)

public:
    static WalkResult walk(const QString &root, const WalkLimits &limits = {});
};

} // namespace oom
