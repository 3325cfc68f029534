/** The plan's four focus areas (四、"一二三四"发展体系), the model's sectors, in a fixed order. */
export const SECTORS = ['chips', 'terminals', 'sensors', 'applications'] as const;
export type Sector = (typeof SECTORS)[number];

export const SECTOR_LABELS: Record<Sector, { zh: string; en: string }> = {
  chips: { zh: '强“芯”（集成电路）', en: 'Chips (IC)' },
  terminals: { zh: '聚“端”（智能终端）', en: 'Terminals' },
  sensors: { zh: '新“极”（传感器）', en: 'Sensors' },
  applications: { zh: '延伸“应用”（软件与应用）', en: 'Applications' },
};
