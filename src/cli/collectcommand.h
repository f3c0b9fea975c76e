// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QStringList>

namespace oom::cli {

// oomlens-cli collect [-o FILE|-] [--time-limit SECONDS] [--size-limit MIB] [--root DIR]
// (src/cli/COLLECT.md)
int runCollect(const QStringList &arguments);

} // namespace oom::cli
