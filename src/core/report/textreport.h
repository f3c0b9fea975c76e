// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/analysis/eventanalysis.h"
#include "core/model/oomevent.h"
#include "core/report/reportinputs.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace oom {

// The plain-text summary (`oomlens-cli analyze --format text`): with two or more events
// first what recurs across them; per event the causes first, then one sentence of what
// happened, then the details an admin checks next, the analysis (the kernel's ranking, the
// zones against their watermarks, fragmentation, where the memory went) and the evidence
// line ranges; the inputs and errors at the end. For people, not scripts: its wording may
// change between releases (scripts use the JSON).
class TextReport
{
    Q_DECLARE_TR_FUNCTIONS(TextReport)

public:
    // Without analyses the events are analysed here (analyzeEvents()).
    static QString render(const QList<OomEvent> &events, const ReportContext &context);
    static QString render(const QList<OomEvent> &events, const QList<EventAnalysis> &analyses,
                          const ReportContext &context);
    static QString renderEvent(const OomEvent &event, int index, int count);
    static QString renderEvent(const OomEvent &event, const EventAnalysis &analysis, int index,
                               int count);
};

// UTF-8 text, ending with a newline.
QByteArray reportToText(const QList<OomEvent> &events, const ReportContext &context);
QByteArray reportToText(const QList<OomEvent> &events, const QList<EventAnalysis> &analyses,
                        const ReportContext &context);

} // namespace oom
