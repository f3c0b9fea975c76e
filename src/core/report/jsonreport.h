// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/report/reportids.h"
#include "core/report/reportinputs.h"
#include "core/session/session.h"

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

// One incident as the contract's element of "events", its causes and "analysis" included.
// Unknown values are null, never 0.
QJsonObject incidentToJson(const Incident &incident);

// The whole document: schema, generator, inputs, errors, events, summary.
QJsonObject reportToJsonObject(const Session &session, const ReportContext &context);

// The document as indented UTF-8 JSON, ending with a newline.
QByteArray reportToJson(const Session &session, const ReportContext &context);

// The same bytes as reportToJson(), handed to `write` in pieces, one incident at a time:
// only one incident's JSON is in memory at once, not the whole report's (a log of a
// thousand incidents would need hundreds of MiB of JSON).
void writeReportJson(const Session &session, const ReportContext &context,
                     const std::function<void(const QByteArray &)> &write);

// ISO 8601 with the UTC offset ("Z" for UTC); a Qt::LocalTime value gets the offset of
// the analysing machine's zone at that time.
QString isoTime(const QDateTime &time);

} // namespace oom
