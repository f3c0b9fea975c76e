// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
import QtQuick
import QtTest
import OomLens

// The session controller as the window drives it: open, add (what a drop does), cancel,
// reload, on real corpus logs (tests/data/reports).
TestCase {
    id: test
    name: "Session"

    readonly property url memcgLog: Qt.resolvedUrl(
        "../data/reports/004-rhel7-3.10-memcg-v1-kubepods-slice-monocular.log")
    readonly property url oomdLog: Qt.resolvedUrl(
        "../data/reports/023-systemd-oomd-zh-locale-candidates-abridged.log")
    readonly property url missing: Qt.resolvedUrl("../data/reports/no-such-file.log")

    SessionController {
        id: session
    }

    function waitLoaded() {
        tryVerify(() => !session.loading, 30000, "loading ends");
    }

    function init() {
        session.closeAll();
    }

    function test_open() {
        session.open([test.memcgLog]);
        verify(session.loading);
        waitLoaded();
        compare(session.inputs.length, 1);
        verify(session.incidents.count >= 1);
        verify(session.selectedId.length > 0, "the first incident is selected");
        verify(session.selectedIncident !== undefined);
        compare(session.banners.length, 0);
        compare(session.logInputs.length, 1);
    }

    function test_add_is_what_a_drop_does() {
        session.open([test.memcgLog]);
        waitLoaded();
        const before = session.incidents.count;
        session.add([test.oomdLog, test.missing]);
        waitLoaded();
        compare(session.inputs.length, 3);
        verify(session.incidents.count > before, "the dropped log's incidents join");
        // The missing input is named in a banner; the others still load.
        compare(session.banners.length, 1);
        verify(session.banners[0].text.indexOf("no-such-file.log") >= 0, session.banners[0].text);
    }

    function test_cancel() {
        session.open([test.memcgLog, test.oomdLog]);
        session.cancel();
        verify(!session.loading);
        compare(session.banners.length, 1, "a banner says loading was cancelled");
        compare(session.banners[0].severity, "warning");
        // Nothing arrives after a cancel.
        const count = session.incidents.count;
        wait(200);
        compare(session.incidents.count, count);
        verify(!session.loading);
    }

    function test_reload_keeps_the_selection() {
        session.open([test.memcgLog, test.oomdLog]);
        waitLoaded();
        verify(session.incidents.count >= 2);
        const id = session.incidents.idAt(1);
        session.select(id);
        session.reload();
        verify(session.loading);
        waitLoaded();
        compare(session.selectedId, id);
    }

    function test_close() {
        session.open([test.memcgLog]);
        waitLoaded();
        session.closeInput(session.inputs[0]);
        verify(session.empty);
        compare(session.incidents.count, 0);
        compare(session.selectedId, "");
    }
}
