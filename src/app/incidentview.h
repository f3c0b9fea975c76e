// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "app/causemodel.h"
#include "app/factmodel.h"
#include "core/session/incident.h"

#include <QObject>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

// The incident page's view of one incident: the sentence, when and where, the causes and
// the facts, and where its report is in the log. `incident` is a QVariant holding an
// oom::IncidentPtr (SessionController::selectedIncident), as every page takes it.
class IncidentView : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariant incident READ incident WRITE setIncident NOTIFY incidentChanged)
    Q_PROPERTY(bool valid READ isValid NOTIFY incidentChanged)
    Q_PROPERTY(QString incidentId READ incidentId NOTIFY incidentChanged)
    Q_PROPERTY(QString title READ title NOTIFY incidentChanged)
    Q_PROPERTY(QString sentence READ sentence NOTIFY incidentChanged)
    Q_PROPERTY(QString when READ when NOTIFY incidentChanged)
    Q_PROPERTY(QString severity READ severity NOTIFY incidentChanged)
    Q_PROPERTY(QString sourcePath READ sourcePath NOTIFY incidentChanged)
    // QML sees line numbers and byte counts as double: Qt 6.4's QML tooling has no type for
    // qint64, and a double holds them exactly below 2^53.
    Q_PROPERTY(double firstLine READ firstLineForQml NOTIFY incidentChanged)
    Q_PROPERTY(double lastLine READ lastLineForQml NOTIFY incidentChanged)
    Q_PROPERTY(QStringList alsoIn READ alsoIn NOTIFY incidentChanged)
    Q_PROPERTY(QString alsoInText READ alsoInText NOTIFY incidentChanged) // joined
    Q_PROPERTY(QStringList notes READ notes NOTIFY incidentChanged)
    Q_PROPERTY(CauseModel *causes READ causes CONSTANT)
    Q_PROPERTY(FactModel *facts READ facts CONSTANT)

public:
    explicit IncidentView(QObject *parent = nullptr);

    QVariant incident() const;
    void setIncident(const QVariant &incident);
    bool isValid() const { return bool(m_incident); }
    QString incidentId() const;
    QString title() const;
    QString sentence() const;
    QString when() const;
    QString severity() const;
    QString sourcePath() const;
    qint64 firstLine() const;
    qint64 lastLine() const;
    QStringList alsoIn() const;
    QString alsoInText() const { return alsoIn().join(u", "); }
    QStringList notes() const;
    CauseModel *causes() const { return m_causes; }
    FactModel *facts() const { return m_facts; }

Q_SIGNALS:
    void incidentChanged();

private:
    double firstLineForQml() const { return double(firstLine()); }
    double lastLineForQml() const { return double(lastLine()); }

    oom::IncidentPtr m_incident;
    CauseModel *m_causes;
    FactModel *m_facts;
};
