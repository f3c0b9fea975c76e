// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QStringList>

namespace oom::cli {

// oomlens-cli fix <wizard> [options] [--dry-run] [--yes]
//                 [--from-report FILE --incident ID] [--root DIR]
int runFix(const QStringList &arguments);

} // namespace oom::cli
