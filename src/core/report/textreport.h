// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/report/reportinputs.h"
#include "core/session/session.h"

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
    static QString render(const Session &session, const ReportContext &context);
    // One incident, numbered `index` of `count` (1-based).
    static QString renderIncident(const Incident &incident, int index, int count);
};

// UTF-8 text, ending with a newline.
QByteArray reportToText(const Session &session, const ReportContext &context);

} // namespace oom
