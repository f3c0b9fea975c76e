// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/analysis/eventanalysis.h"
#include "core/model/oomevent.h"
#include "core/report/reportinputs.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>

namespace oom {

// The CLI contract (`oomlens-cli analyze --format json`), documented field by field in
// JSON-CONTRACT.md. Fields may be added; renaming or removing one needs a schema bump.
inline constexpr char ReportSchema[] = "oomlens.report/1";

// One event as the contract's element of "events", its "analysis" included. Unknown values
// are null, never 0. Without an analysis the event is analysed alone (no earlier reports).
QJsonObject eventToJson(const OomEvent &event);
QJsonObject eventToJson(const OomEvent &event, const EventAnalysis &analysis);

// The "events" array. `analyses` has one element per event (analyzeEvents()); without it
// the events are analysed here, each with the context of the ones before it.
QJsonArray eventsToJson(const QList<OomEvent> &events);
QJsonArray eventsToJson(const QList<OomEvent> &events, const QList<EventAnalysis> &analyses);

// The whole document: schema, generator, inputs, errors, events, summary.
QJsonObject reportToJsonObject(const QList<OomEvent> &events, const ReportContext &context);
QJsonObject reportToJsonObject(const QList<OomEvent> &events, const QList<EventAnalysis> &analyses,
                               const ReportContext &context);

// The document as indented UTF-8 JSON, ending with a newline.
QByteArray reportToJson(const QList<OomEvent> &events, const ReportContext &context);
QByteArray reportToJson(const QList<OomEvent> &events, const QList<EventAnalysis> &analyses,
                        const ReportContext &context);

// The same bytes as reportToJson(), handed to `write` in pieces, one event at a time: only
// one event's JSON is in memory at once, not the whole report's (a log of a thousand
// incidents would need hundreds of MiB).
// `analysisOf(i)` gives events[i]'s analysis when it is written, so the analyses need not
// all be held either (analyzeEvent() with sessionRankOptions() gives what analyzeEvents()
// would).
void writeReportJson(const QList<OomEvent> &events,
                     const std::function<EventAnalysis(qsizetype)> &analysisOf,
                     const ReportContext &context,
                     const std::function<void(const QByteArray &)> &write);
void writeReportJson(const QList<OomEvent> &events, const QList<EventAnalysis> &analyses,
                     const ReportContext &context,
                     const std::function<void(const QByteArray &)> &write);

// Enum spellings shared by the JSON, text and Markdown reports.
QString eventKindId(EventKind kind); // "kernel-oom", "userspace-kill", "alloc-failure"
QString killerId(Killer killer); // "kernel", "systemd-oomd", "earlyoom", "nohang"
QString oomPathId(OomPath path); // "global", "memcg", "page-fault", "sysrq", "" when unknown
QString unitResultId(UnitResultKind kind); // "oom-killer", "failed-oom-kill", "oomd-kill"
QString taskLayoutId(TaskTableLayout layout); // "pgtables-bytes", ..., "" when unknown

// ISO 8601 with the UTC offset ("Z" for UTC); a Qt::LocalTime value gets the offset of
// the analysing machine's zone at that time.
QString isoTime(const QDateTime &time);

} // namespace oom
