// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

// Internal to the text and Markdown reports: the analysis sections of an event and the
// session summary, laid out for each format (textanalysis.cpp, markdownanalysis.cpp).
// The words come from AnalysisFormat.

#include "core/analysis/eventanalysis.h"
#include "core/model/oomevent.h"
#include "core/session/sessionsummary.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace oom::sections {

// Columns as wide as their widest cell, numbers right-aligned; the first column is
// left-aligned when `leftFirst`, the last one is left-aligned and unpadded when it holds
// names (`nameLast`), else right-aligned like the others.
void appendTextTable(QStringList &out, const QString &indent, const QList<QStringList> &rows,
                     bool leftFirst = false, bool nameLast = true);
// The ranking, what-if, watermark, fragmentation and breakdown sections, indented.
void appendAnalysisText(QStringList &out, const OomEvent &event, const EventAnalysis &analysis);
// The session summary block (empty for fewer than two events), ending with a newline.
QString summaryText(const SessionSummary &summary);

QString markdownTable(const QStringList &header, const QList<QStringList> &rows);
QString analysisMarkdown(const OomEvent &event, const EventAnalysis &analysis);
QString summaryMarkdown(const SessionSummary &summary);

} // namespace oom::sections
