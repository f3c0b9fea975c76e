// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace oom {

struct OomEvent;

// The five forms of the kernel's oom_badness() (kernel-formats.md §2.2). C and C' share
// the page-based score and differ only in the CAP_SYS_ADMIN bonus.
enum class BadnessEra {
    Unknown,
    A, // <= 2.6.35: total_vm heuristic, cpu/run time, oom_adj bit shift; unbounded
    B, // 2.6.36-3.4: (rss [+ nr_ptes] + swap) * 1000 / totalpages, root -30, [1, 1000]
    C, // 3.5-3.13: pages; root bonus adj -= 30 (3 % of totalpages)
    CPrime, // 3.14-4.18: pages; root bonus 3 % of the task's own usage (778c14af)
    D, // 4.19-5.8: pages, no root bonus
    E, // 5.9+: signed, LONG_MIN for ineligible tasks (9066e5cf)
};

// Which of several equally scored tasks select_bad_process() keeps (§2.4).
enum class TieRule {
    FirstWins, // the first in the walk: 2.6.32-4.7, 4.9-5.2
    LastWins, // the last in the walk: 4.8, 5.3+
};

enum class EraConfidence {
    Low, // several eras fit the text; the most recent one that fits was taken
    Medium, // decided by a feature vendors backport (kill-line shape, summary line)
    High, // only one era fits the text
};

// One observation of the report that narrowed the era, for the UI ("why this formula").
struct EraEvidence {
    QString id; // stable, e.g. "table-pgtables-bytes"
    QString text; // translatable sentence
};

struct EraDetection {
    BadnessEra era = BadnessEra::Unknown;
    EraConfidence confidence = EraConfidence::Low;
    QList<BadnessEra> alternatives; // other eras the text does not rule out
    TieRule tieRule = TieRule::FirstWins;
    bool tieRuleCertain = false; // false: the text spans kernels with both rules
    // Kernel version range the text allows, encoded major*10000 + minor*100 + sub
    // (2.6.35 = 20635, 5.9 = 50900); the era's own range is already applied.
    int minVersion = 0;
    int maxVersion = 0;
    QList<EraEvidence> reasons;
    QList<EraEvidence> conflicts; // evidence that contradicted stronger evidence (backports)

    bool hasReason(QStringView id) const;
};

// The badness era from the text of the report; the kernel release of the stack dump only
// chooses among the eras the text leaves open (releaseera.h), because
// vendors backport the OOM code freely (RHEL 7 prints the 5.0 summary line, 5.4.273
// carries the 5.9 formula).
EraDetection detectEra(const OomEvent &event);

// The version range in words ("3.14–4.18"), a stable id ("c-prime") and the defaults.
QString eraRange(BadnessEra era);
QString eraId(BadnessEra era);
TieRule defaultTieRule(BadnessEra era);
int eraMinVersion(BadnessEra era);
int eraMaxVersion(BadnessEra era);
// Sets tieRule/tieRuleCertain from the version range (used when an era is forced).
void applyTieRule(EraDetection &detection);

} // namespace oom
