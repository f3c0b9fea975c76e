// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

// Incidents of the real reports in tests/data/reports for the memory views' tests, built
// the way the app builds them: runAnalysis() over the file.

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
    // Held here: a range-for over runAnalysis(request)->incidents would iterate a session
    // the temporary shared pointer has already freed.
    const auto session = runAnalysis(request);
    for (const IncidentPtr &incident : session->incidents) {
        if (incident->event.kind == EventKind::KernelOom && seen++ == nth)
            return incident;
    }
    return nullptr;
}

} // namespace oom::testing
