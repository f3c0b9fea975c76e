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

// The HTML export (the app's "Export as HTML"): one self-contained page with no script and
// no external resource, readable in any browser or mail client. Per event the heading, the
// one sentence of what happened, the causes with their severity, then the details as the
// text report gives them (TextReport::renderEvent), so the HTML says exactly what the text
// and Markdown reports say. Everything from the log is escaped.
class HtmlReport
{
    Q_DECLARE_TR_FUNCTIONS(HtmlReport)

public:
    static QString render(const Session &session, const ReportContext &context);
};

QByteArray reportToHtml(const Session &session, const ReportContext &context);

} // namespace oom
