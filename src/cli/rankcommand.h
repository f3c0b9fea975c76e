// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QStringList>

namespace oom::cli {

// oomlens-cli rank [--json] [--limit N] [--root DIR]
int runRank(const QStringList &arguments);

} // namespace oom::cli
