// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "app/sessioncontroller.h"

#include <QObject>
#include <QUrl>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QThread;

// Export of the session or of one incident as Markdown, HTML or JSON through the report
// writers of core/report, optionally redacted (Redactor), and "copy as text" for a ticket.
// Rendering and writing a file run on a worker thread (a session of a thousand incidents
// takes a while); copying one incident is quick and happens at once.
class Exporter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(SessionController *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    enum class Format { Markdown, Html, Json, Text };
    Q_ENUM(Format)

    explicit Exporter(QObject *parent = nullptr);
    ~Exporter() override;

    SessionController *session() const { return m_session; }
    void setSession(SessionController *session);
    bool isBusy() const { return m_thread != nullptr; }

    // `incident` undefined: the whole session. The result arrives as finished().
    Q_INVOKABLE void exportTo(const QUrl &file, Exporter::Format format, bool redacted,
                              const QVariant &incident);
    // The incident (or the session) as plain text on the clipboard.
    Q_INVOKABLE void copyAsText(const QVariant &incident, bool redacted);
    // The report itself, rendered now (tests, and the clipboard).
    Q_INVOKABLE QString render(Exporter::Format format, bool redacted,
                               const QVariant &incident) const;
    Q_INVOKABLE static QString suffix(Exporter::Format format);

Q_SIGNALS:
    void sessionChanged();
    void busyChanged();
    void finished(bool ok, const QString &message);

private:
    SessionController *m_session = nullptr;
    QThread *m_thread = nullptr;
};
