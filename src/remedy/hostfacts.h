// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "remedy/planners.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace oom::remedy {

// The mounted filesystems, for the swap wizard: parsed from /proc/self/mountinfo (pure)
// and completed with statvfs() free space (readMounts).
QList<MountFacts> parseMountInfo(QByteArrayView mountinfo);
QList<MountFacts> readMounts();

} // namespace oom::remedy
