// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
import QtQuick
import QtTest
import OomLens

// In the real window: a cause's evidence link opens the Log page at that line, marked.
TestCase {
    id: test
    name: "Evidence"
    when: windowShown
    width: 1200
    height: 800

    readonly property url memcgLog: Qt.resolvedUrl(
        "../data/reports/004-rhel7-3.10-memcg-v1-kubepods-slice-monocular.log")

    Main {
        id: main
        startPaths: [test.memcgLog.toString().replace("file://", "")]
        demo: false
    }

    function test_evidence_opens_the_log_line() {
        tryVerify(() => main.session.incidents.count > 0 && !main.session.loading, 30000);
        main.showIncident(main.session.incidents.idAt(0));
        const card = findChild(main.contentItem, "causeCard");
        verify(card, "the incident page shows a cause card");
        verify(card.evidence.length > 0);
        const line = card.evidence[0];
        const chip = findChild(card, "evidenceChip");
        verify(chip);
        chip.clicked();
        const logPage = findChild(main.contentItem, "logPage");
        verify(logPage.visible, "the Log page is shown");
        const log = findChild(logPage, "logModel");
        compare(log.markedLine, line);
        tryVerify(() => log.status === LogModel.Ready, 10000);
        const view = findChild(logPage, "logLines");
        const row = log.rowOfLine(line);
        verify(row >= 0);
        // The marked line is on screen.
        tryVerify(() => view.rowAt(view.contentY + view.height / 2) >= 0, 5000);
        const top = view.rowAt(view.contentY + 1);
        const bottom = view.rowAt(view.contentY + view.height - 2);
        verify(row >= top && (bottom < 0 || row <= bottom), `row ${row} in ${top}..${bottom}`);
        // ... and centred, not at an edge (the view was hidden when the link was clicked),
        // unless it is too near the start or the end of the log to be.
        const half = Math.floor(view.height / view.rowHeight / 2);
        if (row > half && row + half < view.count) {
            const middle = view.rowAt(view.contentY + view.height / 2);
            verify(Math.abs(middle - row) <= 1, `row ${row} centred (middle row ${middle})`);
        }
    }
}
