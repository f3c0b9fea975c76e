// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "sources/system/root.h"

#include <QStringList>

namespace oom::cli {

// oomlens-cli snapshot [--json] [--root DIR] [--with FILE[,FILE...]]
int runSnapshot(const QStringList &arguments);

// --root of rank and snapshot: "/" (the live system), a bundle's directory, or a
// bundle archive (read in memory).
Root openRoot(const QString &path);

} // namespace oom::cli
