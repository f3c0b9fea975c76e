// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

// Incidents of the real reports in tests/data/reports for the memory views' tests, built
// the way the app's session builds them: the engine's analyzePaths() over the file, then
// analyzeEvent() with the context of the reports before it. (Session::buildIncident() does
// the same once the core's session lands; these tests then need no change of data.)

#include "core/analysis/eventanalysis.h"
#include "core/session/incident.h"
#include "sources/driver/analysisdriver.h"

#include <QString>

namespace oom::testing {

inline QString reportPath(const QString &name)
{
    return QStringLiteral(OOMLENS_TEST_DATA_DIR "/reports/") + name;
}

// The `nth` kernel OOM report of the file (0 = the first); nullptr when there is none.
inline IncidentPtr reportIncident(const QString &name, int nth = 0)
{
    AnalysisRequest request;
    request.paths = {reportPath(name)};
    int seen = 0;
    for (const IncidentPtr &incident : runAnalysis(request)->incidents) {
        if (incident->event.kind == EventKind::KernelOom && seen++ == nth)
            return incident;
    }
    return nullptr;
}

} // namespace oom::testing
