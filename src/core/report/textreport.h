// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "model/oomevent.h"
#include "reportinputs.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace oom {

// The plain-text summary (`oomlens-cli analyze --format text`): per event the causes
// first, then one sentence of what happened, then the details an admin checks next,
// and the evidence line ranges; the inputs and errors at the end. For people, not
// scripts: its wording may change between releases (scripts use the JSON).
class TextReport
{
    Q_DECLARE_TR_FUNCTIONS(TextReport)

public:
    static QString render(const QList<OomEvent> &events, const ReportContext &context);
    static QString renderEvent(const OomEvent &event, int index, int count);
};

// UTF-8 text, ending with a newline.
QByteArray reportToText(const QList<OomEvent> &events, const ReportContext &context);

} // namespace oom
