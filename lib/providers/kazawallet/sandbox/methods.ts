/**
 * The development payment methods: 15 USDT-TRC20 and 13 USDT-BEP20 (seed 004 "Payment Methods",
 * "Development"), with the fields each asks for (OUR DESIGN: the field examples are lost).
 */
interface Field {
  slug: string;
  label: string;
  type: "text" | "number" | "email" | "tel";
  required: boolean;
}

export const METHODS: Record<string, { name: string; withdraw: Field[]; deposit: Field[] }> = {
  "15": {
    name: "USDT-TRC20",
    withdraw: [
      { slug: "usdt-trc20-address", label: "TRC20 wallet address", type: "text", required: true },
      { slug: "usdt-trc20-memo", label: "Memo", type: "text", required: false },
    ],
    deposit: [{ slug: "usdt-trc20-txid", label: "Transaction hash", type: "text", required: true }],
  },
  "13": {
    name: "USDT-BEP20",
    withdraw: [{ slug: "usdt-bep20-address", label: "BEP20 wallet address", type: "text", required: true }],
    deposit: [{ slug: "usdt-bep20-txid", label: "Transaction hash", type: "text", required: true }],
  },
};

export function methodFields(id: string, kind: "withdraw" | "deposit"): Field[] {
  return METHODS[id]?.[kind] ?? [];
}
