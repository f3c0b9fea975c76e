// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/sessionoverview.h"

#include "app/causetitle.h"
#include "app/incidentformat.h"
#include "app/remedytext.h"
#include "core/report/reportids.h"

#include <QLocale>
#include <QVariantMap>

#include <algorithm>

SessionOverview::SessionOverview(QObject *parent)
    : QObject(parent)
{
}

void SessionOverview::setProvisional(const QList<oom::IncidentPtr> &incidents)
{
    m_incidents = int(incidents.size());
    m_summary = {};
    m_causes.clear();
    setTimes(incidents);
    Q_EMIT changed();
}

void SessionOverview::setSession(const oom::SessionPtr &session)
{
    m_summary = session ? session->summary : oom::SessionSummary();
    const QList<oom::IncidentPtr> incidents =
        session ? session->incidents : QList<oom::IncidentPtr>();
    m_incidents = int(incidents.size());
    setTimes(incidents);
    m_causes.clear();
    for (const oom::CauseCount &count : std::as_const(m_summary.primaryCauses)) {
        if (m_causes.size() >= Leading)
            break;
        // The latest incident with this primary cause speaks for it, with its numbers.
        auto latest = std::find_if(
            incidents.crbegin(), incidents.crend(), [&](const oom::IncidentPtr &incident) {
                return !incident->causes.isEmpty() && incident->causes.first().id == count.cause;
            });
        if (latest == incidents.crend())
            continue;
        const oom::Cause &cause = (*latest)->causes.first();
        m_causes.append(QVariantMap{
            {QStringLiteral("causeId"), cause.id},
             {QStringLiteral("title"), CauseTitle::of(cause.id)},
              {QStringLiteral("count"), count.count},
               {QStringLiteral("severity"), oom::severityId(cause.severity)},
                {QStringLiteral("summary"), cause.summary},
                 {QStringLiteral("advice"), RemedyText::advice(cause.remedy)},
                  {QStringLiteral("remedyId"), cause.remedy},
                   {QStringLiteral("incidentId"), (*latest)->id},
                  });
    }
    Q_EMIT changed();
}

void SessionOverview::setTimes(const QList<oom::IncidentPtr> &incidents)
{
    m_first.clear();
    m_last.clear();
    if (incidents.isEmpty())
        return;
    m_first = IncidentFormat::time(incidents.first()->event);
    m_last = IncidentFormat::time(incidents.last()->event);
}

QString SessionOverview::perDay() const
{
    if (m_summary.days.isEmpty())
        return {};
    const auto busiest = std::max_element(m_summary.days.cbegin(), m_summary.days.cend(),
                                          [](const oom::DayCount &a, const oom::DayCount &b) {
                                              return a.count < b.count;
                                          });
    return tr("%n day(s) with incidents; at most %1 on %2", nullptr, int(m_summary.days.size()))
        .arg(busiest->count)
        .arg(QLocale().toString(busiest->date, QLocale::ShortFormat));
}

QVariantList SessionOverview::victims() const
{
    QVariantList list;
    for (const oom::RecurringVictim &victim : m_summary.victims) {
        if (list.size() >= Leading)
            break;
        list.append(QVariantMap{{QStringLiteral("name"), victim.comm},
                                 {QStringLiteral("count"), victim.count}});
    }
    return list;
}

QVariantList SessionOverview::cgroups() const
{
    QVariantList list;
    for (const oom::RecurringCgroup &cgroup : m_summary.cgroups) {
        if (list.size() >= Leading)
            break;
        list.append(QVariantMap{{QStringLiteral("name"), cgroup.cgroup},
                                 {QStringLiteral("count"), cgroup.count}});
    }
    return list;
}

QVariantList SessionOverview::units() const
{
    QVariantList list;
    for (const oom::RecurringUnit &unit : m_summary.units) {
        if (list.size() >= Leading)
            break;
        list.append(QVariantMap{{QStringLiteral("name"), unit.unit},
                                 {QStringLiteral("count"), unit.count}});
    }
    return list;
}
