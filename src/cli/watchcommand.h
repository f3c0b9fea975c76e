// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QStringList>

namespace oom::cli {

// oomlens-cli watch [--json] [--history]
int runWatch(const QStringList &arguments);

} // namespace oom::cli
