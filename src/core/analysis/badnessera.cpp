// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "core/analysis/badnessera.h"

#include "core/analysis/erafacts.h"
#include "core/analysis/eratext.h"
#include "core/analysis/releaseera.h"
#include "core/model/oomevent.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace oom {

using namespace erafacts;

namespace {

struct EraRange {
    BadnessEra era;
    int min;
    int max;
};
constexpr std::array<EraRange, 6> kEras = {{
    {BadnessEra::A, 0, upTo(2, 6, 35)},
    {BadnessEra::B, version(2, 6, 36), upTo(3, 4)},
    {BadnessEra::C, version(3, 5), upTo(3, 13)},
    {BadnessEra::CPrime, version(3, 14), upTo(4, 18)},
    {BadnessEra::D, version(4, 19), upTo(5, 8)},
    {BadnessEra::E, version(5, 9), kNoUpperBound},
}};

bool overlaps(const EraRange &era, int min, int max)
{
    return era.min <= max && min <= era.max;
}

QString versionText(int v)
{
    if (v / 10000 == 2)
        return u"2.6.%1"_s.arg(v % 100);
    return u"%1.%2"_s.arg(v / 10000).arg((v / 100) % 100);
}

} // namespace

bool EraDetection::hasReason(QStringView id) const
{
    return std::any_of(reasons.cbegin(), reasons.cend(), [id](const EraEvidence &e) {
        return e.id == id;
    });
}

int eraMinVersion(BadnessEra era)
{
    for (const EraRange &range : kEras) {
        if (range.era == era)
            return range.min;
    }
    return 0;
}

int eraMaxVersion(BadnessEra era)
{
    for (const EraRange &range : kEras) {
        if (range.era == era)
            return range.max;
    }
    return kNoUpperBound;
}

QString eraRange(BadnessEra era)
{
    switch (era) {
    case BadnessEra::A: return u"≤2.6.35"_s;
    case BadnessEra::B: return u"2.6.36–3.4"_s;
    case BadnessEra::C: return u"3.5–3.13"_s;
    case BadnessEra::CPrime: return u"3.14–4.18"_s;
    case BadnessEra::D: return u"4.19–5.8"_s;
    case BadnessEra::E: return u"5.9+"_s;
    case BadnessEra::Unknown: break;
    }
    return EraText::tr("unknown");
}

QString eraId(BadnessEra era)
{
    switch (era) {
    case BadnessEra::A: return u"a"_s;
    case BadnessEra::B: return u"b"_s;
    case BadnessEra::C: return u"c"_s;
    case BadnessEra::CPrime: return u"c-prime"_s;
    case BadnessEra::D: return u"d"_s;
    case BadnessEra::E: return u"e"_s;
    case BadnessEra::Unknown: break;
    }
    return u"unknown"_s;
}

TieRule defaultTieRule(BadnessEra era)
{
    // 4.19-5.2 (most D kernels in the field: Debian 10, 4.19 vendor kernels) keep the first
    // of equal scores; 5.3 ("tie → last wins") and the signed 5.9 code keep the last.
    return era == BadnessEra::E ? TieRule::LastWins : TieRule::FirstWins;
}

void applyTieRule(EraDetection &d)
{
    // §2.4: first wins up to 4.7 (4.4-4.7: the first group leader), last wins in 4.8
    // only, first again 4.9-5.2 (oom_evaluate_task), last from 5.3 on.
    struct Region {
        int min;
        int max;
        TieRule rule;
    };
    constexpr std::array<Region, 4> regions = {{
        {0, upTo(4, 7), TieRule::FirstWins},
        {version(4, 8), upTo(4, 8), TieRule::LastWins},
        {version(4, 9), upTo(5, 2), TieRule::FirstWins},
        {version(5, 3), kNoUpperBound, TieRule::LastWins},
    }};
    const int lo = std::max(d.minVersion, eraMinVersion(d.era));
    const int hi = std::min(d.maxVersion, eraMaxVersion(d.era));
    for (const Region &r : regions) {
        if (lo >= r.min && hi <= r.max) {
            d.tieRule = r.rule;
            d.tieRuleCertain = true;
            return;
        }
    }
    d.tieRule = defaultTieRule(d.era);
    d.tieRuleCertain = false;
}

EraDetection detectEra(const OomEvent &event)
{
    const QList<Fact> facts = collect(event);

    EraDetection d;
    int lo = 0;
    int hi = kNoUpperBound;
    QList<BadnessEra> candidates;
    for (const EraRange &e : kEras)
        candidates.append(e.era);
    auto erasWithin = [](int min, int max) {
        QList<BadnessEra> eras;
        for (const EraRange &e : kEras) {
            if (overlaps(e, min, max))
                eras.append(e.era);
        }
        return eras;
    };
    // Strong facts first, then weak ones; a fact that would leave no era is a backport or
    // a vendor variant: it is reported as a conflict and does not narrow the range.
    int strongCount = 0;
    for (const bool weakPass : {false, true}) {
        for (const Fact &fact : std::as_const(facts)) {
            if (fact.weak != weakPass)
                continue;
            const int newLo = std::max(lo, fact.min);
            const int newHi = std::min(hi, fact.max);
            if (newLo > newHi || erasWithin(newLo, newHi).isEmpty()) {
                d.conflicts.append(fact.evidence);
                continue;
            }
            lo = newLo;
            hi = newHi;
            d.reasons.append(fact.evidence);
        }
        if (!weakPass)
            strongCount = int(erasWithin(lo, hi).size());
    }
    // 4.5-4.8 print symbolic gfp flags without a nodemask; with the 4.0-4.14 table that
    // pins the kernel to 4.5-4.8 (the 5.0+ header has no nodemask either, but a 4.14 table).
    if (hi <= upTo(4, 14) && lo >= version(4, 5) && event.trigger.nodemask.isEmpty()
        && !event.constraint && !event.trigger.gfpFlags.isEmpty()) {
        hi = std::min(hi, upTo(4, 8));
        d.reasons.append(
            {u"header-without-nodemask"_s,
             EraText::tr("The header has symbolic gfp flags but no nodemask (4.5–4.8).")});
    }
    candidates = erasWithin(lo, hi);
    d.minVersion = lo;
    d.maxVersion = hi;
    if (facts.isEmpty() || candidates.isEmpty()) {
        d.era = BadnessEra::Unknown;
        return d;
    }
    // Several eras fit: the kernel release of the stack dump chooses among them where it can
    // (releaseera.h); otherwise take the most recent (logs that leave the question open are
    // mostly from current kernels; RHEL 7's 3.10 carries the 3.14 bonus, so C' before C too).
    d.era = candidates.last();
    if (candidates.size() > 1 && !event.kernelRelease.isEmpty()) {
        if (const std::optional<ReleaseVersion> release = parseRelease(event.kernelRelease)) {
            const QString whyNot = releaseCannotTellEra(event.kernelRelease, *release);
            const auto byRelease =
                std::find_if(kEras.cbegin(), kEras.cend(), [&](const EraRange &e) {
                    return e.min <= release->encoded && release->encoded <= e.max;
                });
            if (!whyNot.isEmpty()) {
                d.reasons.append({u"release-not-used"_s, whyNot});
            } else if (byRelease != kEras.cend() && candidates.contains(byRelease->era)) {
                d.era = byRelease->era;
                d.reasons.append(
                    {u"release"_s,
                     EraText::tr("The text fits several formulas; the stack dump names kernel %1, "
                                 "whose formula (%2) was used.")
                         .arg(event.kernelRelease, eraRange(d.era))});
                candidates.removeAll(d.era);
                d.alternatives = candidates;
                d.confidence = EraConfidence::Medium;
                applyTieRule(d);
                return d;
            } else {
                d.reasons.append(
                    {u"release-not-used"_s,
                     EraText::tr("The stack dump names kernel %1, but the report's text rules out "
                                 "that version's formula (a backport): the text decides.")
                         .arg(event.kernelRelease)});
            }
        }
    }
    candidates.removeAll(d.era);
    d.alternatives = candidates;
    if (d.alternatives.isEmpty())
        d.confidence = strongCount == 1 ? EraConfidence::High : EraConfidence::Medium;
    else
        d.confidence = EraConfidence::Low;
    if (!d.alternatives.isEmpty()) {
        d.reasons.append({u"era-ambiguous"_s,
                          EraText::tr("The text fits kernels %1 to %2; the formula of %3 was used.")
                              .arg(lo == 0 ? u"2.6"_s : versionText(lo),
                                   hi == kNoUpperBound ? EraText::tr("today") : versionText(hi),
                                   eraRange(d.era))});
    }
    applyTieRule(d);
    return d;
}

} // namespace oom
