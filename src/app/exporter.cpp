// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/exporter.h"

#include "app/incidentformat.h"
#include "app/redactor.h"
#include "app/sessioncontroller.h"
#include "core/report/htmlreport.h"
#include "core/report/jsonreport.h"
#include "core/report/markdownreport.h"
#include "core/report/textreport.h"
#include "oomlensversion.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QSaveFile>
#include <QThread>

namespace {

struct ReportData {
    oom::Session session;
    oom::ReportContext context;
    QStringList hosts;
};

ReportData collect(const SessionController *controller, const oom::IncidentPtr &only)
{
    ReportData data;
    data.context.generator =
        QStringLiteral("oomlens %1").arg(QStringLiteral(OOMLENS_VERSION_STRING));
    const oom::SessionPtr session = controller ? controller->session() : nullptr;
    if (only) {
        data.session.incidents = {only};
        data.session.summary = oom::summarizeSession(data.session.incidents);
    } else if (session) {
        data.session = *session;
        for (const oom::InputSummary &input : std::as_const(session->inputs))
            data.context.inputs.append({input.displayPath, input.format, input.encoding,
                                        input.bytes, input.lines, input.events});
        for (const oom::InputError &error : std::as_const(session->errors))
            data.context.errors.append({error.displayPath, error.message,
                                        error.severity == oom::InputError::Severity::Warning});
    }
    for (const oom::IncidentPtr &incident : std::as_const(data.session.incidents)) {
        if (!incident->event.host.isEmpty())
            data.hosts.append(incident->event.host);
    }
    return data;
}

QString renderData(const ReportData &data, Exporter::Format format, bool redacted)
{
    QString text;
    switch (format) {
    case Exporter::Format::Markdown:
        text = oom::MarkdownReport::render(data.session, data.context);
        break;
    case Exporter::Format::Html: text = oom::HtmlReport::render(data.session, data.context); break;
    case Exporter::Format::Json:
        text = QString::fromUtf8(oom::reportToJson(data.session, data.context));
        break;
    case Exporter::Format::Text: text = oom::TextReport::render(data.session, data.context); break;
    }
    if (redacted) {
        Redactor redactor(data.hosts);
        text = redactor.redact(text);
    }
    return text;
}

} // namespace

Exporter::Exporter(QObject *parent)
    : QObject(parent)
{
}

Exporter::~Exporter()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void Exporter::setSession(SessionController *session)
{
    if (session == m_session)
        return;
    m_session = session;
    Q_EMIT sessionChanged();
}

QString Exporter::suffix(Exporter::Format format)
{
    switch (format) {
    case Format::Markdown: return QStringLiteral("md");
    case Format::Html: return QStringLiteral("html");
    case Format::Json: return QStringLiteral("json");
    case Format::Text: return QStringLiteral("txt");
    }
    return {};
}

QString Exporter::render(Exporter::Format format, bool redacted, const QVariant &incident) const
{
    return renderData(collect(m_session, IncidentFormat::fromVariant(incident)), format, redacted);
}

void Exporter::copyAsText(const QVariant &incident, bool redacted)
{
    QGuiApplication::clipboard()->setText(render(Format::Text, redacted, incident));
}

void Exporter::exportTo(const QUrl &file, Exporter::Format format, bool redacted,
                        const QVariant &incident)
{
    if (m_thread)
        return;
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    ReportData data = collect(m_session, IncidentFormat::fromVariant(incident));
    m_thread = QThread::create([this, path, data = std::move(data), format, redacted] {
        const QByteArray bytes = renderData(data, format, redacted).toUtf8();
        QSaveFile out(path);
        bool ok =
            out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size() && out.commit();
        const QString message = ok ? tr("Exported to %1.").arg(path)
                                   : tr("Could not write %1: %2").arg(path, out.errorString());
        QMetaObject::invokeMethod(
            this,
            [this, ok, message] {
                m_thread->wait();
                delete m_thread;
                m_thread = nullptr;
                Q_EMIT busyChanged();
                Q_EMIT finished(ok, message);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
    Q_EMIT busyChanged();
}
