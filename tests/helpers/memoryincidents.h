// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

// Incidents of the real reports in tests/data/reports for the memory views' tests, built
// the way the app's session builds them: the engine's analyzePaths() over the file, then
// analyzeEvent() with the context of the reports before it. (Session::buildIncident() does
// the same once the core's session lands; these tests then need no change of data.)

#include "core/analysis/eventanalysis.h"
#include "core/session/incident.h"
#include "sources/input/analyzer.h"

#include <QString>

namespace oom::testing {

inline QString reportPath(const QString &name)
{
    return QStringLiteral(OOMLENS_TEST_DATA_DIR "/reports/") + name;
}

// The `nth` kernel OOM report of the file (0 = the first); nullptr when there is none.
inline IncidentPtr reportIncident(const QString &name, int nth = 0)
{
    const AnalyzeResult result = analyzePaths({reportPath(name)});
    int seen = 0;
    for (qsizetype i = 0; i < result.events.size(); ++i) {
        const OomEvent &event = result.events.at(i);
        if (event.kind != EventKind::KernelOom || seen++ != nth)
            continue;
        auto incident = std::make_shared<Incident>();
        incident->id = event.sourcePath + u':' + QString::number(event.lines.first);
        incident->event = event;
        incident->causes = event.causes;
        incident->analysis = analyzeEvent(event, sessionRankOptions(result.events, i));
        return incident;
    }
    return nullptr;
}

} // namespace oom::testing
