// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QStringList>

namespace oom::cli {

// oomlens-cli analyze [--format text|json|markdown] [--what-if PID=ADJ[,...]] [PATH...]
int runAnalyze(const QStringList &arguments);

} // namespace oom::cli
