// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include "app/memory/seriesmodel.h"
#include "app/memory/sourcebinding.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

// Memory at a glance: MemAvailable (live) or free (an incident's Mem-Info), swap, PSI
// some/full and OOM kills since boot, with five minutes of history live. Values are kB
// (doubles) and percentages; NaN where the source does not tell.
class MemorySummary : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariant incident READ incident WRITE setIncident NOTIFY incidentChanged)
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(bool live READ isLive NOTIFY incidentChanged)
    Q_PROPERTY(bool ready READ isReady NOTIFY valuesChanged)
    Q_PROPERTY(double memTotalKb READ memTotalKb NOTIFY valuesChanged)
    Q_PROPERTY(double memAvailableKb READ memAvailableKb NOTIFY valuesChanged)
    Q_PROPERTY(double memFreeKb READ memFreeKb NOTIFY valuesChanged)
    Q_PROPERTY(double swapTotalKb READ swapTotalKb NOTIFY valuesChanged)
    Q_PROPERTY(double swapUsedKb READ swapUsedKb NOTIFY valuesChanged)
    Q_PROPERTY(double psiSome READ psiSome NOTIFY valuesChanged)
    Q_PROPERTY(double psiFull READ psiFull NOTIFY valuesChanged)
    Q_PROPERTY(double oomKills READ oomKills NOTIFY valuesChanged)
    Q_PROPERTY(QString note READ note NOTIFY valuesChanged)
    Q_PROPERTY(SeriesModel *memoryHistory READ memoryHistory CONSTANT)
    Q_PROPERTY(SeriesModel *pressureHistory READ pressureHistory CONSTANT)

public:
    explicit MemorySummary(QObject *parent = nullptr);

    QVariant incident() const { return m_source.incidentVariant(); }
    void setIncident(const QVariant &incident);
    bool isActive() const { return m_source.isActive(); }
    void setActive(bool active);
    bool isLive() const { return m_source.isLive(); }
    bool isReady() const { return m_ready; }
    double memTotalKb() const { return m_memTotalKb; }
    double memAvailableKb() const { return m_memAvailableKb; }
    double memFreeKb() const { return m_memFreeKb; }
    double swapTotalKb() const { return m_swapTotalKb; }
    double swapUsedKb() const { return m_swapUsedKb; }
    double psiSome() const { return m_psiSome; }
    double psiFull() const { return m_psiFull; }
    double oomKills() const { return m_oomKills; }
    QString note() const { return m_note; }
    SeriesModel *memoryHistory() { return &m_memoryHistory; }
    SeriesModel *pressureHistory() { return &m_pressureHistory; }
    oomapp::SourceBinding &source() { return m_source; }

Q_SIGNALS:
    void incidentChanged();
    void activeChanged();
    void valuesChanged();

private:
    void reload();
    void applySample(const oom::SampleFramePtr &frame);
    void appendHistory(const oom::SystemSample &sample);
    void clearValues();

    oomapp::SourceBinding m_source;
    bool m_ready = false;
    bool m_seeded = false;
    double m_memTotalKb, m_memAvailableKb, m_memFreeKb, m_swapTotalKb, m_swapUsedKb;
    double m_psiSome, m_psiFull, m_oomKills;
    QString m_note;
    SeriesModel m_memoryHistory;
    SeriesModel m_pressureHistory;
};
