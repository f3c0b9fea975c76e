// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import OomLens
import OomLens.Memory
import OomLens.Wizards

// The window: inputs in the header, pages in a sidebar, loading and banners at the bottom.
// Pages are PageSlots in `pages`; the sidebar and Ctrl+1… list whatever slots exist, so a
// page is added with one slot.
ApplicationWindow {
    id: window

    required property list<string> startPaths
    required property bool demo
    readonly property alias session: session
    readonly property alias pages: pages
    property bool startDeferred: false

    function showPage(slot: Item) {
        // By position, not through the StackLayout.index attached property: on Qt 6.4 the
        // attached object made from compiled code is never freed.
        for (let i = 0; i < pages.children.length; ++i) {
            if (pages.children[i] === slot) {
                pages.currentIndex = i;
                return;
            }
        }
    }
    function showLogLine(input: string, line: int) {
        showPage(logSlot);
        logPage.show(input, line);
    }
    function showIncidentList() {
        incidentsPage.showList();
        showPage(incidentsSlot);
    }
    function showIncident(id: string) {
        session.select(id);
        incidentsPage.showDetail();
        showPage(incidentsSlot);
    }
    // A wizard, pre-filled from the incident (a remedy of a cause, a what-if edit).
    function openWizard(remedyId: string, incident: var, prefill: var) {
        wizard.open(remedyId, incident, prefill ?? {});
        wizardDialog.open();
    }
    function openUrls(urls: list<url>) {
        session.open(urls);
        AppSettings.addRecent(session.inputs);
    }
    function start() {
        if (startPaths.length > 0)
            session.openPaths(startPaths);
        else
            session.openLive();
    }

    width: AppSettings.geometry.width > 0 ? AppSettings.geometry.width : 1200
    height: AppSettings.geometry.height > 0 ? AppSettings.geometry.height : 800
    minimumWidth: 720
    minimumHeight: 480
    visible: true
    title: session.empty ? qsTr("OOM Lens") : qsTr("%1 — OOM Lens").arg(sourceBar.sourceTitle)

    // Loading starts once the first frame is on screen: the window appears at once.
    onFrameSwapped: {
        if (!startDeferred) {
            startDeferred = true;
            startTimer.start();
        }
    }
    Timer {
        id: startTimer
        interval: 0 // the next turn of the event loop, after this frame
        onTriggered: window.start()
    }
    onClosing: AppSettings.geometry = Qt.rect(x, y, width, height)

    SessionController {
        id: session
        onRemedyRequested: (remedyId, incident) => window.openWizard(remedyId, incident, {})
    }
    WizardController {
        id: wizard
    }
    Dialog {
        id: wizardDialog
        modal: true
        anchors.centerIn: parent
        width: Math.min(960, window.width - 48)
        height: Math.min(720, window.height - 48)
        padding: 0
        standardButtons: Dialog.Close
        contentItem: WizardView {
            controller: wizard
        }
    }
    Exporter {
        id: exporter
        session: session
        onFinished: (ok, message) => statusLabel.text = message
    }

    menuBar: AppMenuBar {
        window: window
        exporter: exporter
        onOpenFile: fileDialog.open()
        onOpenFolder: folderDialog.open()
        onExportRequested: (incidentOnly) => {
            exportDialog.incidentOnly = incidentOnly;
            exportDialog.open();
        }
    }

    header: SourceBar {
        id: sourceBar
        session: session
        onOpenFile: fileDialog.open()
        onExportRequested: {
            exportDialog.incidentOnly = false;
            exportDialog.open();
        }
    }

    footer: StatusBar {
        session: session
        Label {
            id: statusLabel
            visible: text.length > 0
        }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Open logs, archives or bundles")
        fileMode: FileDialog.OpenFiles
        onAccepted: window.openUrls(selectedFiles)
    }
    FolderDialog {
        id: folderDialog
        title: qsTr("Open a folder (an extracted sosreport or bundle)")
        onAccepted: window.openUrls([selectedFolder])
    }
    ExportDialog {
        id: exportDialog
        exporter: exporter
        incident: session.selectedIncident
    }

    DropArea {
        anchors.fill: parent
        onDropped: (drop) => {
            if (drop.hasUrls) {
                session.add(drop.urls);
                AppSettings.addRecent(session.inputs);
                drop.accept();
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Sidebar {
            Layout.fillHeight: true
            pages: pages
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            Repeater {
                model: session.banners
                delegate: Banner {
                    required property var modelData
                    required property int index
                    Layout.fillWidth: true
                    text: modelData.text
                    severity: modelData.severity
                    onDismissed: session.dismissBanner(index)
                }
            }

            StackLayout {
                id: pages
                Layout.fillWidth: true
                Layout.fillHeight: true

                PageSlot {
                    id: overviewSlot
                    title: qsTr("Overview")
                    OverviewPage {
                        anchors.fill: parent
                        session: session
                        onIncidentActivated: (id) => window.showIncident(id)
                        onOpenFile: fileDialog.open()
                        onOpenLive: session.openLive()
                    }
                }
                PageSlot {
                    id: incidentsSlot
                    title: qsTr("Incidents")
                    IncidentsPage {
                        id: incidentsPage
                        anchors.fill: parent
                        session: session
                        onEvidenceActivated: (input, line) => window.showLogLine(input, line)
                        onRemedyRequested: (remedyId) => session.requestRemedy(remedyId)
                    }
                }
                PageSlot {
                    title: qsTr("Memory")
                    MemoryPage {
                        anchors.fill: parent
                        incident: session.selectedIncident
                        onOpenWizard: (remedyId, incident, prefill) => window.openWizard(remedyId, incident, prefill)
                    }
                }
                PageSlot {
                    title: qsTr("Fragmentation")
                    FragmentationPage {
                        anchors.fill: parent
                        incident: session.selectedIncident
                        onOpenWizard: (remedyId, incident, prefill) => window.openWizard(remedyId, incident, prefill)
                    }
                }
                PageSlot {
                    title: qsTr("Cgroups")
                    CgroupsPage {
                        anchors.fill: parent
                        incident: session.selectedIncident
                        onOpenWizard: (remedyId, incident, prefill) => window.openWizard(remedyId, incident, prefill)
                    }
                }
                PageSlot {
                    title: qsTr("Processes")
                    ProcessesPage {
                        anchors.fill: parent
                        incident: session.selectedIncident
                        onOpenWizard: (remedyId, incident, prefill) => window.openWizard(remedyId, incident, prefill)
                    }
                }
                PageSlot {
                    title: qsTr("Compare")
                    ComparePage {
                        anchors.fill: parent
                        incident: session.selectedIncident
                        onOpenWizard: (remedyId, incident, prefill) => window.openWizard(remedyId, incident, prefill)
                    }
                }
                PageSlot {
                    id: logSlot
                    title: qsTr("Log")
                    LogPage {
                        id: logPage
                        objectName: "logPage"
                        anchors.fill: parent
                        session: session
                    }
                }
            }
        }
    }
}
