// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "core/session/incident.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// What a wizard takes from the diagnosed incident to pre-fill itself: the cgroup, the unit,
// the node, the order, the shortfall. Built either from an in-memory Incident (the app) or
// from one event of an `oomlens.report/1` document (`oomlens-cli fix --from-report`), so
// both front ends plan from the same values.
namespace oom::remedy {

struct CauseFinding {
    QString id;
    QString summary;
    QString remedy;
};

struct RemedyContext {
    QString incidentId;
    QList<CauseFinding> causes;
    bool userspaceKiller = false; // systemd-oomd, earlyoom, nohang
    QString oomCgroup; // the memcg whose limit was hit
    QString taskCgroup; // the victim's memcg
    std::optional<qint64> memcgLimitKb;
    std::optional<qint64> memcgUsageKb;
    std::optional<qint64> victimPid;
    QString victimComm;
    QString victimCgroup;
    std::optional<qint64> victimRssKb; // anon + file + shmem
    std::optional<int> victimOomScoreAdj;
    std::optional<int> order;
    QString memsAllowed; // "0" or "0-1"
    QString unit; // the systemd unit that reported the kill
    std::optional<qint64> swapTotalKb;
    std::optional<qint64> swapFreeKb;
    std::optional<qint64> ramKb;

    bool hasCause(const QString &id) const;
    // Memory the incident lacked: the victim's resident size, the best estimate of what had
    // to be freed for the allocation to succeed.
    std::optional<qint64> shortfallKb() const { return victimRssKb; }
};

class RemedyContextReader
{
    Q_DECLARE_TR_FUNCTIONS(RemedyContextReader)

public:
    static RemedyContext fromIncident(const Incident &incident);
    // The event of `report` whose id ("<source.path>:<source.first_line>") is `incidentId`;
    // on failure *error names the problem.
    static std::optional<RemedyContext> fromReport(const QJsonObject &report,
                                                   const QString &incidentId, QString *error);
    static RemedyContext fromReportEvent(const QJsonObject &event);
    static QString reportEventId(const QJsonObject &event);
};

} // namespace oom::remedy
