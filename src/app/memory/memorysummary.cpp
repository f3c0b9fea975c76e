// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/memory/memorysummary.h"

#include "core/analysis/reportcandidates.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
constexpr int HistoryLength = 300; // five minutes at 1 Hz
const double Unknown = std::nan("");
} // namespace

MemorySummary::MemorySummary(QObject *parent)
    : QObject(parent)
    , m_source(this, oomapp::SourceBinding::SamplerFeed,
               {[this] {
                    reload();
                },
                [this](const oom::SampleFramePtr &f) {
                    applySample(f);
                },
                nullptr})
    , m_memoryHistory({tr("MemAvailable (GiB)"), tr("Swap used (GiB)")}, HistoryLength)
    , m_pressureHistory({tr("some (%)"), tr("full (%)")}, HistoryLength)
{
    reload(); // the live state until an incident is set
}

void MemorySummary::setIncident(const QVariant &incident)
{
    if (m_source.setIncident(incident))
        Q_EMIT incidentChanged();
}

void MemorySummary::setActive(bool active)
{
    if (m_source.setActive(active))
        Q_EMIT activeChanged();
}

void MemorySummary::clearValues()
{
    m_memTotalKb = m_memAvailableKb = m_memFreeKb = m_swapTotalKb = m_swapUsedKb = Unknown;
    m_psiSome = m_psiFull = m_oomKills = Unknown;
    m_ready = false;
    m_note.clear();
}

void MemorySummary::reload()
{
    clearValues();
    m_memoryHistory.clear();
    m_pressureHistory.clear();
    m_seeded = false;
    if (const oom::Incident *incident = m_source.incident()) {
        // An OOM report tells free pages and the RAM total, never MemAvailable or PSI.
        const oom::OomEvent &event = incident->event;
        const oom::KiB pageSize(oom::pageSizeOf(event).kb);
        if (const auto ram = event.meminfo.ramPages)
            m_memTotalKb = double(oom::pagesToKiB(*ram, pageSize).value);
        if (const auto free = event.meminfo.counter(u"free"_s))
            m_memFreeKb = double(oom::pagesToKiB(*free, pageSize).value);
        if (event.swap.totalKb)
            m_swapTotalKb = double(event.swap.totalKb->value);
        if (event.swap.totalKb && event.swap.freeKb)
            m_swapUsedKb = double((*event.swap.totalKb - *event.swap.freeKb).value);
        m_ready = true;
        m_note = event.meminfo.isPresent() ? tr(
                     "At the incident: the report's Mem-Info (no MemAvailable or pressure in "
                     "an OOM report).")
                                           : tr("The report has no Mem-Info block.");
    } else if (const auto frame = m_source.latestSample()) {
        applySample(frame);
        return;
    }
    Q_EMIT valuesChanged();
}

void MemorySummary::appendHistory(const oom::SystemSample &s)
{
    constexpr double GiB = 1024.0 * 1024.0;
    m_memoryHistory.append(
        double(s.timeMs),
        {s.has(oom::SampleField::MemAvailable) ? double(s.memAvailableKiB.value) / GiB : Unknown,
         s.has(oom::SampleField::Swap) ? double(s.swapUsedKiB().value) / GiB : Unknown});
    m_pressureHistory.append(
        double(s.timeMs),
        {s.has(oom::SampleField::MemoryPressure) ? s.memSomeAvg10 / 100.0 : Unknown,
         s.has(oom::SampleField::MemoryPressureFull) ? s.memFullAvg10 / 100.0 : Unknown});
}

void MemorySummary::applySample(const oom::SampleFramePtr &frame)
{
    if (!frame || !m_source.isLive())
        return;
    if (!m_seeded && m_source.sampler()) {
        // The sampler kept history while another page watched: show it at once.
        m_seeded = true;
        const oom::SampleHistory history = m_source.sampler()->history();
        for (qsizetype i = std::max<qsizetype>(0, history.size() - HistoryLength);
             i < history.size(); ++i)
            if (history.at(i).system->timeMs < frame->system.timeMs)
                appendHistory(*history.at(i).system);
    }
    const oom::SystemSample &s = frame->system;
    m_memTotalKb = s.has(oom::SampleField::MemTotal) ? double(s.memTotalKiB.value) : Unknown;
    m_memAvailableKb =
        s.has(oom::SampleField::MemAvailable) ? double(s.memAvailableKiB.value) : Unknown;
    m_memFreeKb = s.has(oom::SampleField::MemFree) ? double(s.memFreeKiB.value) : Unknown;
    m_swapTotalKb = s.has(oom::SampleField::Swap) ? double(s.swapTotalKiB.value) : Unknown;
    m_swapUsedKb = s.has(oom::SampleField::Swap) ? double(s.swapUsedKiB().value) : Unknown;
    m_psiSome = s.has(oom::SampleField::MemoryPressure) ? s.memSomeAvg10 / 100.0 : Unknown;
    m_psiFull = s.has(oom::SampleField::MemoryPressureFull) ? s.memFullAvg10 / 100.0 : Unknown;
    m_oomKills = s.has(oom::SampleField::OomKills) ? double(s.oomKills) : Unknown;
    m_note = s.has(oom::SampleField::MemoryPressure)
        ? QString()
        : tr(
            "Pressure stall information is not available (kernel 4.20+ with CONFIG_PSI, "
            "psi=1 on the command line).");
    m_ready = true;
    appendHistory(s);
    Q_EMIT valuesChanged();
}
