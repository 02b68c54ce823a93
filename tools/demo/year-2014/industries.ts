// Plausible, deterministic names and planned investments for the demo's investment projects:
// the n-th project of an industry always gets the same product, investor and amount.

export type Industry = 'metal-furniture' | 'auto-parts' | 'pharma' | 'pharma-logistics' | 'salt-chemical';

interface Product {
  readonly zh: string;
  readonly en: string;
}

interface IndustryNames {
  readonly products: readonly Product[];
  readonly investorSuffix: string;
  /** Planned investment of a typical project, in 元. */
  readonly typicalYuan: number;
}

const syllables = ['华', '鑫', '宏', '泰', '恒', '利', '达', '兴', '瑞', '盛', '丰', '源', '博', '嘉', '诚', '金', '富', '永', '天', '正'];

const names: Record<Industry, IndustryNames> = {
  'metal-furniture': {
    products: [
      { zh: '年产10万套钢制办公家具项目', en: 'steel office furniture, 100,000 sets/yr' },
      { zh: '年产5万组金属文件柜项目', en: 'metal filing cabinets, 50,000 units/yr' },
      { zh: '年产20万套校用课桌椅项目', en: 'school desks and chairs, 200,000 sets/yr' },
      { zh: '年产3万套医用金属家具项目', en: 'medical metal furniture, 30,000 sets/yr' },
      { zh: '年产8万套户外休闲家具项目', en: 'outdoor leisure furniture, 80,000 sets/yr' },
      { zh: '年产2万组智能密集架项目', en: 'smart mobile shelving, 20,000 units/yr' },
      { zh: '年产15万套钢木家具项目', en: 'steel-and-wood furniture, 150,000 sets/yr' },
      { zh: '年产6万组仓储货架项目', en: 'warehouse racking, 60,000 units/yr' },
    ],
    investorSuffix: '家具有限公司',
    typicalYuan: 50_000_000,
  },
  'auto-parts': {
    products: [
      { zh: '年产50万套汽车制动系统项目', en: 'automotive brake systems, 500,000 sets/yr' },
      { zh: '年产100万件汽车冲压件项目', en: 'automotive stampings, 1 million parts/yr' },
      { zh: '年产30万套汽车线束项目', en: 'automotive wiring harnesses, 300,000 sets/yr' },
      { zh: '年产20万只汽车减震器项目', en: 'shock absorbers, 200,000 units/yr' },
    ],
    investorSuffix: '汽车零部件有限公司',
    typicalYuan: 80_000_000,
  },
  pharma: {
    products: [
      { zh: '年产3000吨中药饮片项目', en: 'TCM decoction pieces, 3,000 t/yr' },
      { zh: '中药提取及制剂生产线项目', en: 'TCM extraction and preparation line' },
      { zh: '年产5亿片固体制剂项目', en: 'solid dosage forms, 500 million tablets/yr' },
      { zh: '医用敷料生产项目', en: 'medical dressings plant' },
      { zh: '保健食品生产项目', en: 'health food plant' },
      { zh: '原料药及中间体项目', en: 'APIs and intermediates plant' },
    ],
    investorSuffix: '药业有限公司',
    typicalYuan: 120_000_000,
  },
  'pharma-logistics': {
    products: [
      { zh: '医药仓储配送中心项目', en: 'pharmaceutical warehousing and distribution centre' },
      { zh: '中药材交易及仓储项目', en: 'TCM herb trading and storage' },
      { zh: '医药冷链物流项目', en: 'pharmaceutical cold-chain logistics' },
    ],
    investorSuffix: '医药物流有限公司',
    typicalYuan: 100_000_000,
  },
  'salt-chemical': {
    products: [
      { zh: '年产10万吨烧碱项目', en: 'caustic soda, 100,000 t/yr' },
      { zh: '年产5万吨氯化钙项目', en: 'calcium chloride, 50,000 t/yr' },
      { zh: '盐硝联产技改项目', en: 'salt and sodium sulphate co-production upgrade' },
    ],
    investorSuffix: '化工有限公司',
    typicalYuan: 200_000_000,
  },
};

const investmentSteps = [0.6, 0.8, 1, 1.25, 1.5, 2];

export const industries: Record<
  Industry,
  {
    projectName(n: number): Product;
    investorName(n: number): string;
    plannedInvestment(n: number): number;
  }
> = Object.fromEntries(
  Object.entries(names).map(([industry, { products, investorSuffix, typicalYuan }]) => [
    industry,
    {
      projectName: (n: number) => {
        const product = products[n % products.length];
        return { zh: product.zh, en: `${product.en[0].toUpperCase()}${product.en.slice(1)}` };
      },
      investorName: (n: number) =>
        `江西${syllables[n % syllables.length]}${syllables[(n * 7 + 3) % syllables.length]}${investorSuffix}`,
      plannedInvestment: (n: number) => Math.round((typicalYuan * investmentSteps[n % investmentSteps.length]) / 10_000) * 10_000,
    },
  ]),
) as never;
