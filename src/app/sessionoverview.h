// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/session/session.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// The Overview page's answer first: how many incidents, when, the leading causes with what
// to do, and who keeps being killed (the session summary of core/analysis). Lists are
// small (the few leading entries) and handed to QML as lists of maps.
class SessionOverview : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The session controller owns the overview")
    Q_PROPERTY(int incidents READ incidents NOTIFY changed)
    Q_PROPERTY(int kernelOoms READ kernelOoms NOTIFY changed)
    Q_PROPERTY(int userspaceKills READ userspaceKills NOTIFY changed)
    Q_PROPERTY(int allocFailures READ allocFailures NOTIFY changed)
    Q_PROPERTY(QString first READ first NOTIFY changed)
    Q_PROPERTY(QString last READ last NOTIFY changed)
    Q_PROPERTY(QString perDay READ perDay NOTIFY changed)
    Q_PROPERTY(QVariantList causes READ causes NOTIFY changed)
    Q_PROPERTY(QVariantList victims READ victims NOTIFY changed)
    Q_PROPERTY(QVariantList cgroups READ cgroups NOTIFY changed)
    Q_PROPERTY(QVariantList units READ units NOTIFY changed)

public:
    static constexpr int Leading = 5;

    explicit SessionOverview(QObject *parent = nullptr);

    void setSession(const oom::SessionPtr &session);
    // While loading: the provisional incidents, counted before the summary exists.
    void setProvisional(const QList<oom::IncidentPtr> &incidents);

    int incidents() const { return m_incidents; }
    int kernelOoms() const { return m_summary.kernelOoms; }
    int userspaceKills() const { return m_summary.userspaceKills; }
    int allocFailures() const { return m_summary.allocFailures; }
    QString first() const { return m_first; }
    QString last() const { return m_last; }
    QString perDay() const;
    QVariantList causes() const { return m_causes; }
    QVariantList victims() const;
    QVariantList cgroups() const;
    QVariantList units() const;

Q_SIGNALS:
    void changed();

private:
    void setTimes(const QList<oom::IncidentPtr> &incidents);

    int m_incidents = 0;
    oom::SessionSummary m_summary;
    QString m_first;
    QString m_last;
    QVariantList m_causes;
};
