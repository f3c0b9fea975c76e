// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/model/oomevent.h"
#include "core/report/reportformat.h"

#include <QCoreApplication>

// Small helpers the cause rules share: evidence lines and numbers in sentences.
namespace oom::causes {

// Adds the lines of `span` (first and last only for a long span such as a task table).
inline void addEvidence(Cause &cause, const LineSpan &span)
{
    if (!span.isValid())
        return;
    if (span.last - span.first < 20) {
        for (qint64 line = span.first; line <= span.last; ++line)
            cause.evidence.append(line);
    } else {
        cause.evidence.append(span.first);
        cause.evidence.append(span.last);
    }
}

inline void addKillEvidence(Cause &cause, const OomEvent &event)
{
    for (const Victim &victim : event.victims)
        addEvidence(cause, victim.line);
}

inline QString size(qint64 kb)
{
    return ReportFormat::size(kb);
}

inline QString size(KiB size)
{
    return ReportFormat::size(size);
}

inline QString percent(double value)
{
    return QString::number(value, 'f', value < 10 ? 1 : 0);
}

// The translation context of every cause sentence (lupdate finds CauseText::tr calls).
class CauseText
{
    Q_DECLARE_TR_FUNCTIONS(Cause)
};

inline Cause makeCause(const QString &id, Severity severity, const QString &remedy)
{
    Cause cause;
    cause.id = id;
    cause.severity = severity;
    cause.remedy = remedy;
    return cause;
}

} // namespace oom::causes
